/**
 * Names in Danish alphabetical order as a plain string that sorts byte by byte (SQL `COLLATE "C"`,
 * the same on PGlite and PostgreSQL, neither of which need a Danish locale installed): letters
 * without regard to case or accents, æ, ø and å after z in that order, "aa" as å (Aarhus after
 * Østerbro, as the Danish alphabet has it); then the name itself, so that names differing only in
 * case or accents still have one order. Stored with each plan (`plan_summary.name_key`) so that the
 * plan list sorts and pages by an index.
 */
const danishLetters: Record<string, string> = { æ: '{', ø: '|', å: '}' };

export function danishSortKey(name: string): string {
  const primary = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/aa/g, 'å')
    .replace(/[æøå]/g, (c) => danishLetters[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return `${primary}\u0001${name}`;
}

/** Orders strings as PostgreSQL's "C" collation does: by code point (UTF-8 byte order). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Compares two names as `danishSortKey` orders them. */
export const compareDanish = (a: string, b: string): number => compareCodePoints(danishSortKey(a), danishSortKey(b));
