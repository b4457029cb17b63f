import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKroner, parseKroner } from './money.ts';
import { type NumberOptions, formatDanishNumber, parseDanishNumber, parseDanishScaled } from './numbers.ts';

const decimal: NumberOptions = { maxDecimals: 4, negative: true };
const value = (text: string, options: NumberOptions = decimal) => {
  const r = parseDanishNumber(text, options);
  return r.ok ? r.value : r.problem;
};

describe('Danish notation', () => {
  it('reads thousands with a dot and decimals with a comma', () => {
    expect(value('1.000')).toBe(1000);
    expect(value('1.000,5')).toBe(1000.5);
    expect(value('12,5')).toBe(12.5);
    expect(value(' 1 234 567,25 ')).toBe(1234567.25);
    expect(value('1\u00a0000')).toBe(1000);
    expect(value('-0,75')).toBe(-0.75);
    expect(value('0')).toBe(0);
    expect(value('-0')).toBe(0);
    expect(value('007')).toBe(7);
  });

  it('refuses what is not Danish notation instead of reading another number', () => {
    for (const text of ['12.5', '1.00', '1000.000', '1.000.00', '0.125', '1.000 000', '1,2,3', '1,', ',5', 'abc', '1e3', '+1', '12 5', '1.000,5.5']) {
      expect(value(text), text).toBe('notation');
    }
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    expect(value('1,23456')).toBe('decimals');
    expect(value('1,5', { maxDecimals: 0 })).toBe('decimals');
    expect(value('-1', { maxDecimals: 0 })).toBe('negative');
    expect(value('2.101', { maxDecimals: 0, max: 2100 })).toBe('range');
    expect(value('9.007.199.254.740.992', { maxDecimals: 0 })).toBe('range');
    expect(value('99.999.999.999,999999', { maxDecimals: 6 })).toBe('range');
    expect(value('0,10000000000000001', { maxDecimals: 20 })).toBe('range');
  });

  it('scales exactly: kroner to øre, per cent to basis points', () => {
    expect(parseDanishScaled('12,5', 2)).toEqual({ ok: true, value: 1250 });
    expect(parseDanishScaled('1.000', 2)).toEqual({ ok: true, value: 100000 });
    expect(parseDanishScaled('0,07', 2)).toEqual({ ok: true, value: 7 });
    expect(parseDanishScaled('0,075', 2)).toEqual({ ok: false, problem: 'decimals' });
    expect(parseKroner('1.000 kr.')).toBe(100000);
    expect(parseKroner('1.000,5')).toBe(100050);
    expect(parseKroner('12.5')).toBeNull();
  });

  it('formats as it is typed', () => {
    expect(formatDanishNumber(1000)).toBe('1.000');
    expect(formatDanishNumber(1234567.25)).toBe('1.234.567,25');
    expect(formatDanishNumber(-0.5)).toBe('-0,5');
    expect(formatDanishNumber(1e-7)).toBe('0,0000001');
    expect(formatDanishNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
  });

  it('round-trips every number a field keeps: format, then parse, gives the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 4 }), (n, k) => {
        const x = Number(`${n}e-${k}`);
        expect(parseDanishNumber(formatDanishNumber(x), decimal)).toEqual({ ok: true, value: x });
      }),
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
        // Any double, to the decimals a field keeps: what is shown reads back as that number.
        const kept = Number(x.toFixed(4));
        const r = parseDanishNumber(formatDanishNumber(kept), decimal);
        expect(r).toEqual({ ok: true, value: kept === 0 ? 0 : kept });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (ore) => {
        expect(parseKroner(formatKroner(ore))).toBe(ore);
        expect(parseDanishScaled(formatKroner(ore, { unit: false }), 2, { negative: true })).toEqual({ ok: true, value: ore });
      }),
    );
  });

  it('reads any digits in any Danish grouping as the number they write, or refuses them', () => {
    const digits = fc.stringMatching(/^[1-9]\d{0,11}$/);
    const fraction = fc.stringMatching(/^\d{0,4}$/);
    const sep = fc.constantFrom('', '.', ' ', '\u00a0');
    fc.assert(
      fc.property(digits, fraction, sep, (whole, frac, s) => {
        const text = `${s ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, s) : whole}${frac ? `,${frac}` : ''}`;
        expect(parseDanishNumber(text, decimal)).toEqual({ ok: true, value: Number(`${whole}.${frac || '0'}`) });
      }),
    );
    // Random text: whatever is accepted is the number its digits write, in Danish notation.
    fc.assert(
      fc.property(fc.stringMatching(/^-?[\d., ]{1,12}$/), (text) => {
        const r = parseDanishNumber(text, decimal);
        if (!r.ok) return;
        const [intPart = '', frac = ''] = text.trim().replace(/^-/, '').split(',');
        const expected = Number(`${intPart.replace(/[. ]/g, '')}.${frac || '0'}`);
        expect(Math.abs(r.value)).toBe(expected);
        expect(parseDanishNumber(formatDanishNumber(r.value), decimal)).toEqual(r);
      }),
    );
  });
});
