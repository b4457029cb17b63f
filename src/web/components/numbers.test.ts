import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../texts.ts';
import { type NumberKind, numberInputText, numberOrMessage, readNumber } from './numbers.ts';
import { commonTexts } from './texts.ts';

const t = translator('da', commonTexts);

describe('the numeric fields', () => {
  it('read what a field shows as the same number, for every kind', () => {
    const kinds: [NumberKind, fc.Arbitrary<number>][] = [
      ['whole', fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })],
      ['year', fc.integer({ min: 1990, max: 2100 })],
      ['kroner', fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })],
      ['percent', fc.integer({ min: 0, max: 10_000 })],
      ['decimal', fc.tuple(fc.integer({ min: -1e11, max: 1e11 }), fc.integer({ min: 0, max: 4 })).map(([n, k]) => Number(`${n}e-${k}`))],
    ];
    for (const [kind, values] of kinds) {
      fc.assert(
        fc.property(values, (v) => {
          expect(readNumber(numberInputText(v, kind), kind), `${kind} ${v}`).toEqual({ ok: true, value: v === 0 ? 0 : v });
        }),
      );
    }
  });

  it('read a thousand as a thousand, and say why a text is refused', () => {
    expect(numberOrMessage('1.000', 'decimal', t)).toEqual({ value: 1000 });
    expect(numberOrMessage('1.000', 'whole', t)).toEqual({ value: 1000 });
    expect(numberOrMessage('1.000', 'kroner', t)).toEqual({ value: 100_000 });
    expect(numberOrMessage('12,5 %', 'percent', t)).toEqual({ value: 1250 });
    expect(numberOrMessage('', 'decimal', t)).toBeNull();
    expect(numberOrMessage('12.5', 'decimal', t)).toEqual({ message: expect.stringContaining('dansk notation') });
    expect(numberOrMessage('12.5', 'kroner', t)).toEqual({ message: expect.stringContaining('beløb i kroner med dansk notation') });
    expect(numberOrMessage('1,5', 'whole', t)).toEqual({ message: 'Skriv et helt tal, fx 1.200' });
    expect(numberOrMessage('2.013,5', 'year', t)).toEqual({ message: expect.stringContaining('årstal') });
    expect(numberOrMessage('12,555', 'percent', t)).toEqual({ message: expect.stringContaining('højst to decimaler') });
    expect(numberOrMessage('100,01', 'percent', t)).toEqual({ message: expect.stringContaining('mellem 0 og 100') });
    expect(numberOrMessage('-5', 'kroner', t)).toEqual({ message: expect.stringContaining('negativt') });
    expect(numberOrMessage('0,00', 'kroner', t, { min: 1 })).toEqual({ message: expect.stringContaining('for stort') });
  });
});
