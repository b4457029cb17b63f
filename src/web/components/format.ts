/**
 * Money, shares, numbers and dates as the pages show them. Money and shares come from the domain
 * (src/domain/money.ts); only the choice of notation per language is made here.
 */
import { formatBp, formatBpEn, formatKroner, formatKronerEn, type Ore } from '../../domain/money.ts';
import type { Language } from '../i18n.ts';

/** The locale whose notation a language uses. */
export const locale = (lang: Language): string => (lang === 'da' ? 'da-DK' : 'en-GB');

export const kroner = (ore: Ore, lang: Language): string => (lang === 'da' ? formatKroner(ore) : formatKronerEn(ore));

export const share = (bp: number, lang: Language): string => (lang === 'da' ? formatBp(bp) : formatBpEn(bp));

/** Basis points as a percentage with two decimals, in the language's notation (1250 → "12,50"). */
export function percentText(bp: number, lang: Language): string {
  const text = (bp / 100).toFixed(2);
  return lang === 'da' ? text.replace('.', ',') : text;
}

/** An indicator value (may have decimals) in the language's notation. */
export const numberText = (value: number, lang: Language): string => value.toLocaleString(locale(lang), { maximumFractionDigits: 4 });

/** A date as the language writes it: 2014-01-01 → "1. januar 2014" / "1 January 2014". */
export function dateText(iso: string, lang: Language): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
