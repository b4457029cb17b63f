/**
 * The one reading of a number typed into a form, in Danish notation: a dot (or a space) groups
 * thousands, a comma starts the decimals — "1.000" is a thousand, "12,5" twelve and a half,
 * "1.234.567,89" as written. Anything else is refused with the reason, never read as another
 * number: "12.5" (a dot that groups no thousands), "1.00" or "1000.000" (broken groups), more
 * decimals than the field keeps, more digits than a number holds exactly.
 *
 * `readDanishDecimal` is the grammar; `parseDanishNumber` (indicator values, whole numbers, years)
 * and `parseDanishScaled` (kroner to øre, per cent to basis points, exactly with BigInt) build on it,
 * and `formatDanishNumber` writes a number back so that it reads as the same number. Pure: no Intl.
 */

/** Why a text is not a number of the field. */
export type NumberProblem =
  /** Nothing typed. */
  | 'empty'
  /** Not Danish notation (letters, a dot that groups no thousands, two commas, …). */
  | 'notation'
  /** More decimals than the field keeps (0: a whole number is asked for). */
  | 'decimals'
  /** A minus where the field takes no negative number. */
  | 'negative'
  /** Beyond the field's range, or more digits than are held exactly. */
  | 'range';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: NumberProblem };

/** A decimal as written: sign, the digits before the comma (no separators) and after it. */
export type DanishDecimal = { negative: boolean; whole: string; fraction: string };

export type NumberOptions = {
  /** The most decimals the field keeps (0: whole numbers only). */
  maxDecimals: number;
  /** Negative numbers allowed (default: no). */
  negative?: boolean;
  min?: number;
  max?: number;
};

const separators = '. \u00a0\u202f';
const grouped = new RegExp(`^(\\d{1,3})((?:[${separators}]\\d{3})+)$`);

/** The grammar alone: the decimal as written, or why the text is none. */
export function readDanishDecimal(text: string): Parsed<DanishDecimal> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const m = /^([-\u2212]?)([^,]*)(?:,(\d+))?$/.exec(trimmed);
  if (!m) return { ok: false, problem: 'notation' };
  const [, sign = '', intPart = '', fraction = ''] = m;
  let whole: string;
  if (/^\d+$/.test(intPart)) whole = intPart;
  else {
    const g = grouped.exec(intPart);
    // One separator throughout, and a first group without a leading zero ("0.125" is no thousand).
    const seps = new Set(intPart.replace(/\d/g, ''));
    if (!g || seps.size !== 1 || g[1]!.startsWith('0')) return { ok: false, problem: 'notation' };
    whole = intPart.replace(/\D/g, '');
  }
  return { ok: true, value: { negative: sign !== '', whole, fraction } };
}

/** The plain decimal digits of a finite number, without an exponent: 1e-7 → "0.0000001". */
function plainDecimal(abs: number): string {
  const s = String(abs);
  if (!s.includes('e')) return s;
  if (abs >= 1) return BigInt(abs).toString();
  const [mantissa = '', exponent = ''] = s.split('e');
  const digits = mantissa.replace('.', '');
  return `0.${'0'.repeat(-Number(exponent) - 1)}${digits}`;
}

/** The decimal without padding zeros: "007,50" → "7.5". */
const canonical = (d: DanishDecimal): string => {
  const whole = d.whole.replace(/^0+(?=\d)/, '');
  const fraction = d.fraction.replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
};

/**
 * A number typed in Danish notation, exactly as written: refused when the number it becomes would
 * show other digits than were typed (too many significant digits for a double) and, for whole
 * numbers, beyond the safe integer range.
 */
export function parseDanishNumber(text: string, options: NumberOptions): Parsed<number> {
  const read = readDanishDecimal(text);
  if (!read.ok) return read;
  const d = read.value;
  if (d.fraction.length > options.maxDecimals) return { ok: false, problem: 'decimals' };
  const zero = /^0*$/.test(`${d.whole}${d.fraction}`);
  if (d.negative && !zero && !options.negative) return { ok: false, problem: 'negative' };
  const exact = canonical(d);
  const abs = Number(exact);
  if (abs > Number.MAX_SAFE_INTEGER || plainDecimal(abs) !== exact) return { ok: false, problem: 'range' };
  const value = zero ? 0 : d.negative ? -abs : abs;
  if ((options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max)) return { ok: false, problem: 'range' };
  return { ok: true, value };
}

/**
 * A number typed in Danish notation as a whole number of its `scale`-th decimal: kroner with
 * scale 2 are øre, per cent with scale 2 are basis points. Exact (BigInt); at most `scale` decimals.
 */
export function parseDanishScaled(text: string, scale: number, options: { negative?: boolean; min?: number; max?: number } = {}): Parsed<number> {
  const read = readDanishDecimal(text);
  if (!read.ok) return read;
  const d = read.value;
  if (d.fraction.length > scale) return { ok: false, problem: 'decimals' };
  const big = BigInt(`${d.whole}${d.fraction.padEnd(scale, '0')}`);
  if (d.negative && big !== 0n && !options.negative) return { ok: false, problem: 'negative' };
  if (big > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, problem: 'range' };
  const value = d.negative && big !== 0n ? -Number(big) : Number(big);
  if ((options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max)) return { ok: false, problem: 'range' };
  return { ok: true, value };
}

/** Groups the digits of a whole number in thousands with dots: "1234567" → "1.234.567". */
export const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * A number in Danish notation, as a form shows it to be typed again: thousands grouped with dots,
 * decimals after a comma, as many as the number has (the shortest that reads back as the same
 * number). `parseDanishNumber(formatDanishNumber(x))` is `x`.
 */
export function formatDanishNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
  const [whole = '0', fraction] = plainDecimal(Math.abs(value)).split('.');
  const sign = value < 0 ? '-' : '';
  return `${sign}${groupThousands(whole)}${fraction ? `,${fraction}` : ''}`;
}
