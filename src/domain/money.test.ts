import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBp, formatBpEn, formatKroner, formatKronerEn, maxPartOf, parseKroner, shareAtLeast, shareAtMost, shareBp, sumOre } from './money.ts';

describe('kroner notation', () => {
  it('parses Danish notation to øre', () => {
    expect(parseKroner('1.234,56')).toBe(123456);
    expect(parseKroner('1234,5')).toBe(123450);
    expect(parseKroner('30.000.000 kr.')).toBe(3_000_000_000);
    expect(parseKroner('1 234')).toBe(123400);
    expect(parseKroner('0,01')).toBe(1);
    expect(parseKroner('-12,00')).toBe(-1200);
    for (const bad of ['', 'abc', '1,234', '1.23,00', '12.5', '1,2,3', '99999999999999999999']) {
      expect(parseKroner(bad), bad).toBeNull();
    }
  });

  it('formats øre as Danish kroner', () => {
    expect(formatKroner(123456)).toBe('1.234,56 kr.');
    expect(formatKroner(1)).toBe('0,01 kr.');
    expect(formatKroner(-3_000_000_000, { unit: false })).toBe('-30.000.000,00');
    expect(formatBp(1250)).toBe('12,5 %');
    expect(formatBp(2500)).toBe('25 %');
    expect(formatBp(1060)).toBe('10,6 %');
    expect(formatBp(5)).toBe('0,05 %');
    expect(formatKronerEn(-123456789)).toBe('DKK -1,234,567.89');
    expect(formatBpEn(1250)).toBe('12.5 %');
  });

  it('round-trips any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (ore) => {
        expect(parseKroner(formatKroner(ore))).toBe(ore);
      }),
    );
  });
});

describe('sums and shares', () => {
  it('sums exactly for any lines', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e12 }), { maxLength: 200 }), (amounts) => {
        const exact = amounts.reduce((a, b) => a + BigInt(b), 0n);
        expect(BigInt(sumOre(amounts))).toBe(exact);
      }),
    );
  });

  it('refuses a sum beyond the safe range', () => {
    expect(() => sumOre([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('share checks agree with exact rational arithmetic', () => {
    // Reference: part/total <= bp/10000 as an exact rational comparison, by BigInt floor and remainder.
    const atMost = (part: bigint, total: bigint, bp: bigint) => {
      if (total === 0n) return part <= 0n;
      const lhs = part * 10000n;
      const q = lhs / total;
      const r = lhs % total;
      return q < bp || (q === bp && r === 0n);
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 10000 }),
        (part, total, bp) => {
          expect(shareAtMost(part, total, bp)).toBe(atMost(BigInt(part), BigInt(total), BigInt(bp)));
          const atLeast = BigInt(part) * 10000n >= BigInt(total) * BigInt(bp);
          expect(shareAtLeast(part, total, bp)).toBe(atLeast);
        },
      ),
    );
  });

  it('the largest allowed part is exactly at the boundary', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), fc.integer({ min: 0, max: 10000 }), (total, bp) => {
        const max = maxPartOf(total, bp);
        expect(shareAtMost(max, total, bp)).toBe(true);
        expect(shareAtMost(max + 1, total, bp)).toBe(false);
      }),
    );
  });

  it('display shares round half up and stay within 0..10000', () => {
    expect(shareBp(125, 1000)).toBe(1250);
    expect(shareBp(1, 3)).toBe(3333);
    expect(shareBp(2, 3)).toBe(6667);
    expect(shareBp(1, 0)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e13 }), fc.integer({ min: 0, max: 10000 }), (total, bp) => {
        const part = maxPartOf(total, bp);
        const shown = shareBp(part, total);
        expect(shown).toBeGreaterThanOrEqual(0);
        expect(shown).toBeLessThanOrEqual(10000);
      }),
    );
  });
});
