import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data with demo data', () => {
    const c = loadConfig({});
    expect(c.db).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(c.demo).toBe(true);
    expect(c.port).toBe(3000);
  });

  it('never seeds demo users on a server database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', DEMO: 'true' }).demo).toBe(true);
  });

  it('refuses malformed values with the variable name', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DEMO: 'maybe' })).toThrow(/DEMO/);
  });
});
