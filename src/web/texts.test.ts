import { describe, expect, it } from 'vitest';
import { defineTexts, fill, type Texts, translator } from './texts.ts';

/** Every dictionary of the web app: the `*Texts` exports of each `texts.ts`. */
const modules = import.meta.glob<Record<string, unknown>>(['./components/texts.ts', './features/*/texts.ts'], { eager: true });
const isDictionary = (v: unknown): v is Texts =>
  typeof v === 'object' && v !== null && Object.values(v).every((e) => Array.isArray(e) && e.length === 2 && e.every((s) => typeof s === 'string'));
const dictionaries = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => name.endsWith('Texts') && isDictionary(value))
    .map(([name, value]) => ({ name: `${file} ${name}`, texts: value as Texts })),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  it('are found: the shared words and one per feature', () => {
    expect(dictionaries.map((d) => d.name)).toContain('./components/texts.ts commonTexts');
    expect(dictionaries.length).toBeGreaterThanOrEqual(13);
  });

  it('word every key in Danish and English, with the same placeholders', () => {
    for (const { name, texts } of dictionaries) {
      for (const [key, [da, en]] of Object.entries(texts)) {
        expect(da.trim(), `${name} ${key} (da)`).not.toBe('');
        expect(en.trim(), `${name} ${key} (en)`).not.toBe('');
        expect(placeholders(en), `${name} ${key}`).toEqual(placeholders(da));
      }
    }
  });

  it('share no key, so that dictionaries used together cannot shadow each other', () => {
    const owner = new Map<string, string>();
    for (const { name, texts } of dictionaries) {
      for (const key of Object.keys(texts)) {
        expect(owner.get(key), `${key} in ${name}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });
});

describe('translating', () => {
  const a = defineTexts({ 'a.hello': ['Hej {name}', 'Hello {name}'], 'a.plain': ['Ja', 'Yes'] });
  const b = defineTexts({ 'b.count': ['{n} af {total}', '{n} of {total}'] });

  it('picks the language and fills the placeholders', () => {
    expect(translator('da', a)('a.hello', { name: 'Ida' })).toBe('Hej Ida');
    expect(translator('en', a)('a.hello', { name: 'Ida' })).toBe('Hello Ida');
    expect(translator('en', a)('a.plain')).toBe('Yes');
  });

  it('looks a key up in each of the dictionaries given', () => {
    const t = translator('da', a, b);
    expect(t('a.plain')).toBe('Ja');
    expect(t('b.count', { n: 2, total: 5 })).toBe('2 af 5');
  });

  it('leaves a placeholder without a value as it is, and does not fill the values again', () => {
    expect(fill('{n} af {total}', { n: 2 })).toBe('2 af {total}');
    expect(fill('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
    expect(fill('no placeholders')).toBe('no placeholders');
  });
});
