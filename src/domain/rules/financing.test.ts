import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetMatrix } from '../budget.ts';
import { maxPartOf } from '../money.ts';
import type { PlanSnapshot } from '../plans.ts';
import { finMunicipalSplit } from './financing.ts';
import { ruleReport, writeErrors } from './report.ts';
import { area1, area2, cleanPlan, line } from './test-fixtures.ts';

const rulesOf = (s: PlanSnapshot) => {
  const r = ruleReport(s);
  return { errors: r.errors.map((f) => f.rule), warnings: r.warnings.map((f) => f.rule), canSubmit: r.canSubmit };
};

describe('a clean plan', () => {
  it('has no errors and no warnings', () => {
    expect(rulesOf(cleanPlan())).toEqual({ errors: [], warnings: [], canSubmit: true });
  });
});

describe('FIN-FRAME', () => {
  it('an empty budget is an error', () => {
    expect(rulesOf(cleanPlan([])).errors).toContain('FIN-FRAME');
  });
  it('a line outside the plan years is an error', () => {
    const s = cleanPlan();
    s.budgetLines.push(line('fund', 0, null, 2017));
    const r = ruleReport(s);
    expect(r.errors.find((f) => f.rule === 'FIN-FRAME')?.path).toBe('budgetLines.4.year');
  });
});

describe('FIN-MUNICIPAL-CAP', () => {
  // Frame F with municipal M: M * 10000 <= F * 1250. With fund 700_000_01 and housing 200_000_00 the
  // frame moves with M, so solve for the boundary: M = floor(0.125 * F) where F = rest + M.
  const withMunicipal = (municipal: number) => {
    const rest = [line('fund', 700_000_00), line('housing', 175_000_00)];
    return cleanPlan([...rest, line('municipal', municipal, 'contract')]);
  };
  it('exactly 12.5 % passes, one øre more fails', () => {
    // rest = 875_000_00; M = 125_000_00 makes F = 1_000_000_00 and M exactly 12.5 %.
    expect(rulesOf(withMunicipal(125_000_00)).errors).not.toContain('FIN-MUNICIPAL-CAP');
    expect(rulesOf(withMunicipal(125_000_01)).errors).toContain('FIN-MUNICIPAL-CAP');
  });
  it('reads the cap from the funding rules', () => {
    const s = withMunicipal(125_000_00);
    s.rules = { ...s.rules, municipalCapBp: 1249 };
    expect(rulesOf(s).errors).toContain('FIN-MUNICIPAL-CAP');
  });
  it('names the rule in Danish and English with the amounts', () => {
    const f = ruleReport(withMunicipal(125_000_01)).errors.find((e) => e.rule === 'FIN-MUNICIPAL-CAP')!;
    expect(f.message.da).toContain('12,5 %');
    expect(f.message.en).toContain('12.5 %');
    expect(f.message.en).toContain('DKK 1,000,000.01');
    expect(f.message.da).toContain('1.000.000,01 kr.');
    expect(f.source).toBe('fact_sheet');
  });
});

describe('FIN-MUNICIPAL-SPLIT', () => {
  it('exceeding the 1.9 % facilitation part warns, at the boundary it does not', () => {
    const at = cleanPlan([line('fund', 750_000_00), line('municipal', 19_000_00, 'facilitation'), line('municipal', 106_000_00, 'contract'), line('housing', 125_000_00)]);
    expect(rulesOf(at).warnings).not.toContain('FIN-MUNICIPAL-SPLIT');
    const over = cleanPlan([line('fund', 750_000_00), line('municipal', 19_000_01, 'facilitation'), line('municipal', 105_999_99, 'contract'), line('housing', 125_000_00)]);
    expect(rulesOf(over).warnings).toContain('FIN-MUNICIPAL-SPLIT');
    expect(rulesOf(over).errors).not.toContain('FIN-MUNICIPAL-CAP');
  });
  it('a municipal line without its part is an error', () => {
    const s = cleanPlan([line('fund', 750_000_00), line('municipal', 125_000_00), line('housing', 125_000_00)]);
    expect(rulesOf(s).errors).toContain('FIN-MUNICIPAL-SPLIT');
  });
  it('the part is named exactly on municipal lines: an error names the line, and a write is refused for it', () => {
    const parts = (s: PlanSnapshot) => finMunicipalSplit.check(s).filter((f) => f.severity === 'error').map((f) => f.path);
    // Each municipal line with its part, each other line without: clean.
    const clean = cleanPlan([line('fund', 750_000_00), line('municipal', 106_000_00, 'contract'), line('municipal', 19_000_00, 'facilitation'), line('housing', 125_000_00)]);
    expect(parts(clean)).toEqual([]);
    expect(writeErrors(clean)).toEqual([]);
    // One step over the boundary on either side: a municipal line without a part, a fund line with one.
    const wrong = cleanPlan([line('fund', 750_000_00, 'contract'), line('municipal', 106_000_00), line('municipal', 19_000_00, 'facilitation'), line('housing', 125_000_00)]);
    expect(parts(wrong)).toEqual(['budgetLines.0.municipalPart', 'budgetLines.1.municipalPart']);
    const refused = writeErrors(wrong);
    expect(refused.map((f) => `${f.rule}:${f.path}`)).toEqual(['FIN-MUNICIPAL-SPLIT:budgetLines.0.municipalPart', 'FIN-MUNICIPAL-SPLIT:budgetLines.1.municipalPart']);
    expect(refused[0]!.message).toEqual({ da: 'Budgetlinje 1 er ikke kommunal og har derfor ingen kommunal del', en: 'Budget line 1 is not municipal, so it has no municipal part' });
    expect(refused[1]!.message.en).toBe('Municipal budget line 2 does not say whether it is contract or facilitation part');
    expect(refused.every((f) => f.source === 'kk')).toBe(true);
  });
  it('a part over its share is a warning that a write is not refused for', () => {
    const over = cleanPlan([line('fund', 750_000_00), line('municipal', 19_000_01, 'facilitation'), line('municipal', 105_999_99, 'contract'), line('housing', 125_000_00)]);
    expect(finMunicipalSplit.check(over).map((f) => f.severity)).toEqual(['warning']);
    expect(writeErrors(over)).toEqual([]);
  });
});

describe('FIN-COOPERATION', () => {
  it('municipal money without a cooperation is an error', () => {
    const s = cleanPlan();
    s.cooperation = { administrationIds: [], agreementDate: null, reference: null };
    expect(rulesOf(s).errors).toContain('FIN-COOPERATION');
  });
  it('without municipal money no cooperation is needed', () => {
    const s = cleanPlan([line('fund', 750_000_00), line('housing', 250_000_00)]);
    s.cooperation = { administrationIds: [], agreementDate: null, reference: null };
    expect(rulesOf(s).errors).not.toContain('FIN-COOPERATION');
  });
});

describe('FIN-LOCAL-SHARE', () => {
  it('exactly 25 % local passes, one øre less fails', () => {
    expect(rulesOf(cleanPlan([line('fund', 750_000_00), line('housing', 250_000_00)])).errors).not.toContain('FIN-LOCAL-SHARE');
    expect(rulesOf(cleanPlan([line('fund', 750_000_01), line('housing', 250_000_00)])).errors).toContain('FIN-LOCAL-SHARE');
    expect(rulesOf(cleanPlan([line('fund', 750_000_00), line('housing', 249_999_99)])).errors).toContain('FIN-LOCAL-SHARE');
  });
});

describe('FIN-FUND-PRIMARY', () => {
  it('the fund must pay more than any other single source', () => {
    expect(rulesOf(cleanPlan([line('fund', 500_000_00), line('housing', 500_000_00)])).errors).toContain('FIN-FUND-PRIMARY');
    expect(rulesOf(cleanPlan([line('fund', 500_000_01), line('housing', 500_000_00)])).errors).not.toContain('FIN-FUND-PRIMARY');
  });
});

describe('budget matrix', () => {
  it('totals per year, area and source, and shares of the frame', () => {
    const m = budgetMatrix(
      [line('fund', 750_00), line('municipal', 125_00, 'contract', 2014), { ...line('housing', 125_00), interventionAreaId: area2 }],
      [area2, area1],
    );
    expect(m.frameOre).toBe(1000_00);
    expect(m.bySource).toEqual({ fund: 750_00, municipal: 125_00, housing: 125_00, other: 0 });
    expect(m.shareBp).toEqual({ fund: 7500, municipal: 1250, housing: 1250, other: 0 });
    expect(m.localShareBp).toBe(2500);
    expect(m.years.map((y) => [y.year, y.totalOre])).toEqual([[2013, 875_00], [2014, 125_00]]);
    expect(m.areas.map((a) => a.interventionAreaId)).toEqual([area2, area1]);
    expect(m.cells).toHaveLength(3);
  });

  it('every view of the matrix sums to the frame, for any lines', () => {
    const lineArb = fc.record({
      year: fc.integer({ min: 2013, max: 2016 }),
      interventionAreaId: fc.constantFrom(area1, area2, 'area-3'),
      activityId: fc.constant(null),
      source: fc.constantFrom('fund' as const, 'municipal' as const, 'housing' as const, 'other' as const),
      municipalPart: fc.constantFrom('contract' as const, 'facilitation' as const),
      amountOre: fc.integer({ min: 0, max: 1e12 }),
    });
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 100 }), (lines) => {
        const m = budgetMatrix(lines);
        const exact = lines.reduce((a, l) => a + BigInt(l.amountOre), 0n);
        expect(BigInt(m.frameOre)).toBe(exact);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + BigInt(b), 0n);
        expect(sum(m.years.map((y) => y.totalOre))).toBe(exact);
        expect(sum(m.areas.map((a) => a.totalOre))).toBe(exact);
        expect(sum(m.cells.map((c) => c.totalOre))).toBe(exact);
        expect(sum(Object.values(m.bySource))).toBe(exact);
      }),
    );
  });

  it('the cap check agrees with exact arithmetic for any budget', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e11 }), (fund, housing, municipal) => {
        const s = cleanPlan([line('fund', fund), line('housing', housing), line('municipal', municipal, 'contract')]);
        const frame = BigInt(fund + housing + municipal);
        const expected = BigInt(municipal) * 8n > frame; // 12.5 % = 1/8
        expect(ruleReport(s).errors.some((f) => f.rule === 'FIN-MUNICIPAL-CAP')).toBe(expected);
        expect(maxPartOf(Number(frame), 1250)).toBe(Number(frame / 8n));
      }),
    );
  });
});
