import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sprite, symbolOf } from './Icon.tsx';

/** Every `<Icon name="…"` written in the web sources. */
function namedIcons(dir = 'src/web'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return namedIcons(path);
    if (!entry.name.endsWith('.tsx')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/<Icon\s+name="([^"]+)"/g)].map((m) => m[1]!);
  });
}

describe('the icon sprite', () => {
  it('has a symbol with a viewBox for every icon the pages name', () => {
    const names = new Set(namedIcons());
    expect(names.size).toBeGreaterThan(5);
    for (const name of names) expect(sprite, name).toMatch(new RegExp(`<symbol id="${name}" viewBox="0 -960 960 960"><path d="[^"]+"/></symbol>`));
  });

  it('holds only the icons it lists, not the whole DKFDS sprite', () => {
    expect(sprite.match(/<symbol /g)).toHaveLength(13);
    expect(sprite.length).toBeLessThan(8_000);
  });

  it('turns one icon file into a symbol', () => {
    expect(symbolOf('x', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 1"/></svg>\n')).toBe(
      '<symbol id="x" viewBox="0 0 24 24"><path d="M1 1"/></symbol>',
    );
    expect(() => symbolOf('y', '<svg><path/></svg>')).toThrow(/viewBox/);
  });
});
