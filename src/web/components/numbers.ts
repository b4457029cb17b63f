/**
 * The numeric fields of every form read what was typed with the one parser of the domain
 * (src/domain/numbers.ts, Danish notation: "1.000" is a thousand, "12,5" twelve and a half) and
 * say why a text is refused — never a different number. A field is of one kind; the kind fixes
 * the decimals it keeps, its range and its messages.
 */
import { formatKroner, readKroner } from '../../domain/money.ts';
import { type NumberProblem, type Parsed, formatDanishNumber, parseDanishNumber, parseDanishScaled } from '../../domain/numbers.ts';
import type { TextKey, Translate } from '../texts.ts';
import type { commonTexts } from './texts.ts';

export type NumberKind =
  /** An indicator value: decimals (at most four), negative allowed. */
  | 'decimal'
  /** A whole number, not negative (dwellings, hours, a number in a list). */
  | 'whole'
  /** A year, 1990–2100 (the API's range). */
  | 'year'
  /** Kroner, at most two decimals, as whole øre; not negative. */
  | 'kroner'
  /** Per cent, at most two decimals, as basis points 0–10 000. */
  | 'percent';

/** The most decimals each kind keeps, for messages. */
const decimalsOf: Record<NumberKind, number> = { decimal: 4, whole: 0, year: 0, kroner: 2, percent: 2 };

/** The value typed into a field of this kind (øre for kroner, basis points for per cent), or why it is none. */
export function readNumber(text: string, kind: NumberKind, range: { min?: number; max?: number } = {}): Parsed<number> {
  switch (kind) {
    case 'decimal':
      return parseDanishNumber(text, { maxDecimals: 4, negative: true, ...range });
    case 'whole':
      return parseDanishNumber(text, { maxDecimals: 0, ...range });
    case 'year':
      return parseDanishNumber(text, { maxDecimals: 0, min: 1990, max: 2100, ...range });
    case 'kroner': {
      const r = readKroner(text);
      if (r.ok && r.value < 0) return { ok: false, problem: 'negative' };
      if (r.ok && ((range.min !== undefined && r.value < range.min) || (range.max !== undefined && r.value > range.max))) return { ok: false, problem: 'range' };
      return r;
    }
    case 'percent':
      return parseDanishScaled(text.trim().replace(/\s*%$/, ''), 2, { min: 0, max: 10_000, ...range });
  }
}

/** Why the text is refused, in words (an empty text is the caller's "Udfyld …"). */
export function numberMessage(problem: NumberProblem, kind: NumberKind, t: Translate<TextKey<typeof commonTexts>>): string {
  if (kind === 'year') return t('number.year');
  if (decimalsOf[kind] === 0 && problem !== 'range') return t('number.whole');
  if (problem === 'decimals') return decimalsOf[kind] === 2 ? t('number.decimals2') : t('number.decimals4');
  if (problem === 'negative') return t('number.negative');
  if (problem === 'range') return kind === 'percent' ? t('number.percentRange') : t('number.range');
  return kind === 'kroner' ? t('number.kronerNotation') : t('number.notation');
}

/** `readNumber` with the message: the value, or the words for the field's error. `null`: empty. */
export function numberOrMessage(
  text: string,
  kind: NumberKind,
  t: Translate<TextKey<typeof commonTexts>>,
  range?: { min?: number; max?: number },
): { value: number } | { message: string } | null {
  const r = readNumber(text, kind, range);
  if (r.ok) return { value: r.value };
  return r.problem === 'empty' ? null : { message: numberMessage(r.problem, kind, t) };
}

/** A stored number as a field of this kind shows it to be typed again (Danish notation, in every language). */
export function numberInputText(value: number | null | undefined, kind: NumberKind): string {
  if (value === null || value === undefined) return '';
  // Hundredths (øre, basis points) with both decimals: 1250 → "12,50".
  if (kind === 'kroner' || kind === 'percent') return formatKroner(value, { unit: false });
  return kind === 'year' ? String(value) : formatDanishNumber(value);
}
