/**
 * Money as whole øre (integers), Danish kroner notation, and exact shares. No floats anywhere a
 * rule decides: a share check is the integer cross-multiplication `part * 10000 <= total * bp`.
 */
import { type Parsed, groupThousands, parseDanishScaled } from './numbers.ts';

/** A whole number of øre (1 kr. = 100 øre). */
export type Ore = number;

/** A share in basis points: 1 % = 100 bp, 100 % = 10 000 bp. */
export const fullBp = 10_000;

export const isOre = (n: unknown): n is Ore => typeof n === 'number' && Number.isSafeInteger(n);

/**
 * The most money one amount may be, and the most one plan's frame or one pool may hold:
 * 10^13 øre (100 mia. kr.), far beyond any plan (a large one is 10^10 øre) and far below 2^53
 * (≈ 9 · 10^15), so about 900 plans at the bound still add up exactly. Every amount the API takes
 * is bounded by it in the schema (src/domain/schemas/common.ts, `OreAmount`), and the sums of a
 * plan are checked against it before they are written.
 */
export const maxOre = 10_000_000_000_000;

/** Do these amounts add up to at most `maxOre`? Exact (BigInt); anything not a safe integer counts as too much. */
export const sumWithinMaxOre = (amounts: Iterable<unknown>): boolean => {
  let total = 0n;
  for (const a of amounts) {
    if (!isOre(a)) return false;
    total += BigInt(a);
  }
  return total <= BigInt(maxOre);
};

/**
 * Reads Danish kroner notation into øre: "1.234,56", "1234,5", "1 234 kr.", "-12,00" — the one
 * grammar of numbers.ts (thousands grouped by dots or spaces, a comma before at most two decimals),
 * or why the text is no amount.
 */
export function readKroner(text: string): Parsed<Ore> {
  const cleaned = text
    .trim()
    .replace(/\s*(kr\.?|DKK)$/i, '')
    .trim();
  return parseDanishScaled(cleaned, 2, { negative: true });
}

/** `readKroner`'s amount, or null for anything else (including amounts beyond the safe integer range). */
export function parseKroner(text: string): Ore | null {
  const read = readKroner(text);
  return read.ok ? read.value : null;
}

/** Formats øre as Danish kroner: 123456 → "1.234,56 kr." (or without the unit). */
export function formatKroner(ore: Ore, options: { unit?: boolean } = {}): string {
  const negative = ore < 0;
  const abs = BigInt(Math.abs(ore));
  const whole = groupThousands((abs / 100n).toString());
  const fraction = (abs % 100n).toString().padStart(2, '0');
  const text = `${negative ? '-' : ''}${whole},${fraction}`;
  return options.unit === false ? text : `${text} kr.`;
}

/** The exact sum of øre amounts; throws if the result leaves the safe integer range. */
export function sumOre(amounts: Iterable<Ore>): Ore {
  let total = 0n;
  for (const a of amounts) total += BigInt(a);
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`sum ${total} is beyond the safe integer range`);
  }
  return Number(total);
}

/** `a * b` exactly as a BigInt (the products in share checks may exceed 2^53). */
const times = (a: number, b: number): bigint => BigInt(a) * BigInt(b);

/** Is `part` at most `bp` basis points of `total`? Exact: part * 10000 <= total * bp. */
export const shareAtMost = (part: Ore, total: Ore, bp: number): boolean => times(part, fullBp) <= times(total, bp);

/** Is `part` at least `bp` basis points of `total`? Exact: part * 10000 >= total * bp. */
export const shareAtLeast = (part: Ore, total: Ore, bp: number): boolean => times(part, fullBp) >= times(total, bp);

/**
 * `part` of `total` in basis points, rounded half up, for display only (rules never use it).
 * 0 when the total is 0.
 */
export function shareBp(part: Ore, total: Ore): number {
  if (total === 0) return 0;
  const numerator = times(part, fullBp) * 2n + BigInt(total);
  const denominator = BigInt(total) * 2n;
  // Floor division for positive totals (amounts are never negative in a budget).
  let q = numerator / denominator;
  if (numerator % denominator !== 0n && numerator < 0n !== denominator < 0n) q -= 1n;
  return Number(q);
}

/** The largest amount that is still at most `bp` of `total`: floor(total * bp / 10000). */
export const maxPartOf = (total: Ore, bp: number): Ore => Number(times(total, bp) / BigInt(fullBp));

/** A share in basis points as Danish percent text: 1250 → "12,5 %". */
export function formatBp(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = Math.abs(bp % 100);
  const fraction = rest === 0 ? '' : `,${String(rest).padStart(2, '0').replace(/0$/, '')}`;
  return `${bp < 0 && whole === 0 ? '-' : ''}${whole}${fraction} %`;
}

/** English notation for messages in English: 123456 → "DKK 1,234.56". */
export function formatKronerEn(ore: Ore): string {
  return `DKK ${formatKroner(ore, { unit: false }).replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'))}`;
}

/** A share in basis points as English percent text: 1250 → "12.5 %". */
export const formatBpEn = (bp: number): string => formatBp(bp).replace(',', '.');
