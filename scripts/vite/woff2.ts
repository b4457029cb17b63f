/**
 * The characters a WOFF2 font has glyphs for (its cmap table), and those as a CSS `unicode-range`.
 * Enough of WOFF2 (W3C, "WOFF File Format 2.0") and of the OpenType cmap table (formats 4 and 12)
 * for the build to declare each of the design system's split font files for exactly what it covers.
 */
import { brotliDecompressSync } from 'node:zlib';

/** WOFF2's known-table index of the tables that matter here (spec, section 4.1). */
const knownTag: Record<number, string> = { 0: 'cmap', 10: 'glyf', 11: 'loca' };

/** The code points the font maps to a glyph other than .notdef, ascending. */
export function woff2CodePoints(font: Buffer): number[] {
  if (font.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
  const numTables = font.readUInt16BE(12);
  const compressedLength = font.readUInt32BE(20);
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = font[at++]!;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('bad UIntBase128 in the WOFF2 table directory');
  };
  const tables: { tag: string; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const flags = font[at++]!;
    let tag = knownTag[flags & 0x3f] ?? `#${flags & 0x3f}`;
    if ((flags & 0x3f) === 0x3f) {
      tag = font.toString('latin1', at, at + 4);
      at += 4;
    }
    const origLength = base128();
    const version = flags >> 6;
    // glyf and loca are transformed unless version 3; every other table unless version is not 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    tables.push({ tag, length: transformed ? base128() : origLength });
  }
  const data = brotliDecompressSync(font.subarray(at, at + compressedLength));
  let offset = 0;
  for (const table of tables) {
    if (table.tag === 'cmap') return cmapCodePoints(data.subarray(offset, offset + table.length));
    offset += table.length;
  }
  throw new Error('the font has no cmap table');
}

/** The mapped code points of a cmap table: its Unicode subtable of format 12 if any, else of format 4. */
export function cmapCodePoints(cmap: Buffer): number[] {
  const count = cmap.readUInt16BE(2);
  const subtables: { format: number; at: number }[] = [];
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const at = cmap.readUInt32BE(8 + i * 8);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ format: cmap.readUInt16BE(at), at });
  }
  const chosen = subtables.find((s) => s.format === 12) ?? subtables.find((s) => s.format === 4);
  if (!chosen) throw new Error('the cmap has no Unicode subtable of format 4 or 12');
  const points = new Set<number>();
  if (chosen.format === 12) {
    const groups = cmap.readUInt32BE(chosen.at + 12);
    for (let g = 0; g < groups; g++) {
      const start = cmap.readUInt32BE(chosen.at + 16 + g * 12);
      const end = cmap.readUInt32BE(chosen.at + 20 + g * 12);
      const glyph = cmap.readUInt32BE(chosen.at + 24 + g * 12);
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
    }
  } else {
    const segments = cmap.readUInt16BE(chosen.at + 6) / 2;
    const ends = chosen.at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const end = cmap.readUInt16BE(ends + s * 2);
      const start = cmap.readUInt16BE(starts + s * 2);
      const delta = cmap.readInt16BE(deltas + s * 2);
      const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const raw = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (glyph !== 0) points.add(c);
      }
    }
  }
  return [...points].sort((a, b) => a - b);
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** Code points (ascending) as a CSS unicode-range: `U+0020-007E, U+00A0, …`. */
export function unicodeRange(points: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}
