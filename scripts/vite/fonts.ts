/**
 * The design system's fonts, rewritten in its CSS at build time:
 *  - every face is served as woff2 only (DKFDS lists eot, woff, woff2 and ttf, for the Regular face
 *    with woff before woff2, so browsers took the larger woff);
 *  - each IBM Plex Sans face is declared as IBM's split files (Latin1, Latin2, Latin3, Pi, Cyrillic,
 *    Greek; DKFDS ships them) with the unicode-range each one covers, read from the file itself, so
 *    a Danish page fetches the 17 kB Latin1 file instead of the 57 kB complete one. The complete
 *    file stays declared, for only the characters no split file has (combining accents and the like).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { unicodeRange, woff2CodePoints } from './woff2.ts';

/** Later faces win where ranges overlap: Latin1 last. */
const splits = ['Greek', 'Cyrillic', 'Pi', 'Latin3', 'Latin2', 'Latin1'];

const woff2Url = (src: string) => /url\(([^)]*\.woff2)\) format\("woff2"\)/.exec(src)?.[1];

const memo = new Map<string, number[]>();
const codePoints = (file: string) => {
  if (!memo.has(file)) memo.set(file, woff2CodePoints(readFileSync(file)));
  return memo.get(file)!;
};

/** One `@font-face{…}` of the design system as the faces to declare instead, given its CSS file's folder. */
export function rewriteFace(face: string, cssDir: string): string {
  const src = /src:([^;}]*)/.exec(face)?.[1];
  if (!src) return face;
  const woff2 = woff2Url(src);
  if (!woff2) return face;
  const woff2Only = (url: string) => face.replace(/src:[^;}]*/, `src:url(${url}) format("woff2")`);
  const complete = /^(.*)\/complete\/woff2\/(IBMPlexSans-[A-Za-z]+)\.woff2$/.exec(woff2);
  if (!complete) return woff2Only(woff2);
  const [, fontsDir, name] = complete;
  const parts = splits
    .map((split) => ({ url: `${fontsDir}/split/woff2/${name}-${split}.woff2` }))
    .map((p) => ({ ...p, file: resolve(cssDir, p.url) }))
    .filter((p) => existsSync(p.file));
  if (parts.length === 0) return woff2Only(woff2);
  const covered = new Set(parts.flatMap((p) => codePoints(p.file)));
  const rest = codePoints(resolve(cssDir, woff2)).filter((c) => !covered.has(c));
  const withRange = (url: string, points: number[]) => woff2Only(url).replace(/\}$/, `;unicode-range:${unicodeRange(points)}}`);
  return [...(rest.length > 0 ? [withRange(woff2, rest)] : []), ...parts.map((p) => withRange(p.url, codePoints(p.file)))].join('');
}

export function designSystemFonts(): Plugin {
  return {
    name: 'boligsocial-design-system-fonts',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.includes('dkfds') || !file.endsWith('.css')) return null;
      return code.replace(/@font-face\{[^}]*\}/g, (face) => rewriteFace(face, dirname(file)));
    },
  };
}
