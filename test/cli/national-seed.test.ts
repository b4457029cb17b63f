/**
 * `boligsocial seed --national` as its users run it: a subprocess on a temporary data folder, or on
 * a fresh PostgreSQL database when TEST_DATABASE_URL is set. The data set itself is checked in
 * test/api/national-seed.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Env, embeddedEnv, postgresEnv, runCli } from '../helpers/cli.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
let env: Env = {};
let cleanup = async () => {};

beforeAll(async () => {
  ({ env, cleanup } = serverUrl ? await postgresEnv(serverUrl) : embeddedEnv());
});
afterAll(() => cleanup());

const cli = (args: string[]) => runCli(env, ['seed', ...args]);

describe('boligsocial seed --national', () => {
  it('refuses a mistaken command line with exit 2, before touching the database', async () => {
    for (const args of [['--scale', '2'], ['--seed', '3'], ['--national', '--scale', '0'], ['--national', '--scale', '11'], ['--national', '--scale', 'x'], ['--national', '--seed', '-1'], ['--national', '--demo']]) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--scale|--seed|--demo/);
    }
  }, 60_000);

  it('adds the set with plain progress lines and a closing line, then adds nothing, and refuses another set', async () => {
    const run = await cli(['--national', '--scale', '0.01', '--seed', '3']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Added the synthetic national data set \(seed 3, scale 0\.01\) to the database .* in \d+\.\d s: 2 municipalities, 6 housing organisations, 4 urban areas, 71 estates, 5 plans .* audit events\.\n$/);
    // Not a terminal: a few plain lines, no bar redrawn in place.
    expect(run.stderr).toMatch(/^national: writing [\d,]+ rows/);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr.split('\n').length).toBeLessThan(10);

    const same = await cli(['--national', '--scale', '0.01', '--seed', '3']);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/already holds the national data set \(seed 3, scale 0\.01: 5 plans\); nothing changed/);

    const other = await cli(['--national', '--scale', '0.02']);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/already holds the national data set \(seed 3, scale 0\.01: 5 plans\); nothing changed\. A database holds one national set; use a fresh database/);
  }, 60_000);
});
