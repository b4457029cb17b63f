/**
 * The one way to word the web app. Each feature owns its dictionary, Danish and English side by
 * side (`features/<area>/texts.ts`, the shared words in `components/texts.ts`):
 *
 *   export const poolTexts = defineTexts({ 'pools.title': ['Puljer', 'Pools'] });
 *
 * A component asks for the dictionaries it uses and gets one translate function with type-safe
 * keys, in the app's language: `const t = useTexts(commonTexts, poolTexts)`; `t('pools.created',
 * { name })` fills `{name}`. Keys are unique across all dictionaries (src/web/texts.test.ts).
 */
import { type Language, useLanguage } from './i18n.ts';

/** A dictionary: key → [Danish, English]. */
export type Texts = Readonly<Record<string, readonly [da: string, en: string]>>;

/** The keys of one or more dictionaries (`TextKey<typeof a | typeof b>`). */
export type TextKey<T extends Texts> = T extends Texts ? keyof T & string : never;

export type TextVars = Record<string, string | number>;

export type Translate<K extends string> = (key: K, vars?: TextVars) => string;

/** Declares a feature's dictionary; the type keeps its keys. */
export const defineTexts = <const T extends Texts>(texts: T): T => texts;

/** `{name}` in the text replaced by `vars.name`; placeholders without a value stay as they are. */
export function fill(text: string, vars?: TextVars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The translate function of these dictionaries in a given language (outside components). */
export function translator<const D extends readonly Texts[]>(lang: Language, ...dictionaries: D): Translate<TextKey<D[number]>> {
  const index = lang === 'da' ? 0 : 1;
  return (key, vars) => {
    const entry = dictionaries.find((d) => Object.hasOwn(d, key))?.[key];
    return entry ? fill(entry[index], vars) : key;
  };
}

/** The translate function of these dictionaries in the app's language; re-renders when it changes. */
export function useTexts<const D extends readonly Texts[]>(...dictionaries: D): Translate<TextKey<D[number]>> {
  return translator(useLanguage(), ...dictionaries);
}
