import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rewriteFace } from './fonts.ts';
import { unicodeRange, woff2CodePoints } from './woff2.ts';

const css = 'node_modules/dkfds/dist/css';
const fonts = 'node_modules/dkfds/dist/fonts/IBMPlexSans';
const faces = readFileSync(`${css}/dkfds.min.css`, 'utf8').match(/@font-face\{[^}]*\}/g)!;
const regular = faces.find((f) => f.includes('IBM Plex Sans') && f.includes('font-style:normal;font-weight:400'))!;
const rangeOf = (face: string) => /unicode-range:([^;}]*)/.exec(face)?.[1];

describe('the design system fonts', () => {
  it('reads the characters of a WOFF2 file', () => {
    const latin1 = woff2CodePoints(readFileSync(`${fonts}/split/woff2/IBMPlexSans-Regular-Latin1.woff2`));
    for (const c of 'Aaz09æøåÆØÅé€–«»') expect(latin1, c).toContain(c.codePointAt(0));
    expect(latin1).not.toContain(0x0142); // ł is Latin2's
    const complete = woff2CodePoints(readFileSync(`${fonts}/complete/woff2/IBMPlexSans-Regular.woff2`));
    expect(complete.length).toBeGreaterThan(latin1.length * 3);
  });

  it('writes code points as a unicode-range', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0xe6, 0x2013, 0x2014])).toBe('U+0020-0022, U+00E6, U+2013-2014');
    expect(unicodeRange([])).toBe('');
  });

  it('declares each face as the split files with their ranges, woff2 only, Latin1 last', () => {
    expect(regular).toContain('complete/eot/');
    const out = rewriteFace(regular, css).match(/@font-face\{[^}]*\}/g)!;
    expect(out).toHaveLength(7);
    for (const face of out) {
      expect(face).toMatch(/src:url\([^)]*\.woff2\) format\("woff2"\);/);
      expect(face).not.toMatch(/\.(eot|woff|ttf)\)/);
      expect(face).toContain('font-weight:400');
      expect(rangeOf(face)).toBeTruthy();
    }
    expect(out.at(-1)).toContain('/split/woff2/IBMPlexSans-Regular-Latin1.woff2');
    expect(rangeOf(out.at(-1)!)).toContain('U+00A0-00FF');
    // The complete file only for what no split file has: no letter of Danish text.
    expect(out[0]).toContain('/complete/woff2/IBMPlexSans-Regular.woff2');
    expect(rangeOf(out[0]!)).not.toMatch(/U\+00[2-7]|U\+00[A-F]/);
  });

  it('keeps a face without woff2 as it is', () => {
    const system = faces.find((f) => f.includes('font-family:system'))!;
    expect(rewriteFace(system, css)).toBe(system);
  });
});
