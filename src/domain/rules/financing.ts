/**
 * FIN-* rules (docs/rules.md, "Financing"): each rule once, parameters from the plan's FundingRules,
 * every share check exact integer arithmetic on øre.
 */
import { budgetMatrix } from '../budget.ts';
import { type Ore, formatBp, formatBpEn, formatKroner, formatKronerEn, maxPartOf, shareAtLeast, shareAtMost, sumOre } from '../money.ts';
import { type PlanSnapshot, cooperationInPlace, fundingSourceNames, fundingSources, planYears } from '../plans.ts';
import { type Finding, type Rule, finder } from './rule.ts';

const sumOf = (s: PlanSnapshot, pick: (l: PlanSnapshot['budgetLines'][number]) => boolean): Ore =>
  sumOre(s.budgetLines.filter(pick).map((l) => l.amountOre));
const frameOf = (s: PlanSnapshot): Ore => sumOre(s.budgetLines.map((l) => l.amountOre));
const kr = (ore: Ore) => formatKroner(ore);
const krEn = (ore: Ore) => formatKronerEn(ore);

export const finFrame: Rule<PlanSnapshot> = {
  id: 'FIN-FRAME',
  severity: 'error',
  source: 'lbf_2011_14',
  statement: {
    da: 'Planens samlede økonomiske ramme er summen af alle budgetlinjer, alle år og alle finansieringskilder.',
    en: "A plan's total frame is the sum of all its budget lines, all years, all sources.",
  },
  check: (s) => {
    const found = finder(finFrame);
    if (frameOf(s) === 0) {
      return [found('error', 'budgetLines', { da: 'Planen har intet budget (rammen er 0 kr.)', en: 'The plan has no budget (the frame is 0 kr.)' })];
    }
    const years = planYears(s.plan.startDate, s.plan.endDate);
    if (years.length === 0) return [];
    return s.budgetLines.flatMap((l, i) =>
      years.includes(l.year)
        ? []
        : [
            found('error', `budgetLines.${i}.year`, {
              da: `Budgetlinje ${i + 1} er for ${l.year}, uden for planens periode`,
              en: `Budget line ${i + 1} is for ${l.year}, outside the plan's period`,
            }),
          ],
    );
  },
};

export const finMunicipalCap: Rule<PlanSnapshot> = {
  id: 'FIN-MUNICIPAL-CAP',
  severity: 'error',
  source: 'fact_sheet',
  alsoSources: ['kk'],
  statement: {
    da: 'Kommunal medfinansiering er højst kommunens loft for perioden af den samlede ramme (København: 12,5 %, faktaarket og kk.dk).',
    en: "Municipal co-financing is at most the municipality's cap for the period of the total frame (Copenhagen: 12.5 %, fact sheet and kk.dk).",
  },
  check: (s) => {
    const frame = frameOf(s);
    const municipal = sumOf(s, (l) => l.source === 'municipal');
    const cap = s.rules.municipalCapBp;
    if (shareAtMost(municipal, frame, cap)) return [];
    const max = maxPartOf(frame, cap);
    return [
      finder(finMunicipalCap)('error', 'budgetLines', {
        da: `Kommunens andel er ${kr(municipal)}, mere end ${formatBp(cap)} af rammen på ${kr(frame)} (højst ${kr(max)})`,
        en: `The municipal share is ${krEn(municipal)}, more than ${formatBpEn(cap)} of the ${krEn(frame)} frame (at most ${krEn(max)})`,
      }),
    ];
  },
};

export const finMunicipalSplit: Rule<PlanSnapshot> = {
  id: 'FIN-MUNICIPAL-SPLIT',
  severity: 'error',
  source: 'kk',
  statement: {
    da: 'Den kommunale andel deles i en kontraktdel (10,6 %) og en del til facilitering af samarbejdet (1,9 %); en kommunal budgetlinje angiver sin del, og kun en kommunal.',
    en: 'The municipal share splits into a contract part (10.6 %) and a part for facilitating the cooperation (1.9 %); a municipal budget line names its part, and only a municipal one.',
  },
  check: (s) => {
    const found = finder(finMunicipalSplit);
    const out: Finding[] = [];
    // The part is named exactly on municipal lines (errors, refused on write; the database insists too).
    s.budgetLines.forEach((l, i) => {
      if (l.source === 'municipal' && l.municipalPart === null) {
        out.push(
          found('error', `budgetLines.${i}.municipalPart`, {
            da: `Kommunal budgetlinje ${i + 1} angiver ikke, om den er kontraktdel eller facilitering`,
            en: `Municipal budget line ${i + 1} does not say whether it is contract or facilitation part`,
          }),
        );
      } else if (l.source !== 'municipal' && l.municipalPart !== null) {
        out.push(
          found('error', `budgetLines.${i}.municipalPart`, {
            da: `Budgetlinje ${i + 1} er ikke kommunal og har derfor ingen kommunal del`,
            en: `Budget line ${i + 1} is not municipal, so it has no municipal part`,
          }),
        );
      }
    });
    const frame = frameOf(s);
    const parts = [
      { part: 'contract', bp: s.rules.municipalContractPartBp, da: 'kontraktdelen', en: 'contract part' },
      { part: 'facilitation', bp: s.rules.municipalFacilitationPartBp, da: 'faciliteringsdelen', en: 'facilitation part' },
    ] as const;
    for (const p of parts) {
      const amount = sumOf(s, (l) => l.source === 'municipal' && l.municipalPart === p.part);
      if (!shareAtMost(amount, frame, p.bp)) {
        // Inference: the split is how Copenhagen spends its share; exceeding a part is a warning.
        out.push(
          found('warning', 'budgetLines', {
            da: `Den kommunale ${p.da} er ${kr(amount)}, mere end ${formatBp(p.bp)} af rammen (højst ${kr(maxPartOf(frame, p.bp))})`,
            en: `The municipal ${p.en} is ${krEn(amount)}, more than ${formatBpEn(p.bp)} of the frame (at most ${krEn(maxPartOf(frame, p.bp))})`,
          }),
        );
      }
    }
    return out;
  },
};

export const finCooperation: Rule<PlanSnapshot> = {
  id: 'FIN-COOPERATION',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Kommunal medfinansiering forudsætter, at planen er lavet i samarbejde med kommunen.',
    en: 'Municipal co-financing requires that the plan is made in cooperation with the municipality.',
  },
  check: (s) => {
    if (cooperationInPlace(s.cooperation)) return [];
    const found = finder(finCooperation);
    return s.budgetLines.flatMap((l, i) =>
      l.source === 'municipal' && l.amountOre > 0
        ? [
            found('error', `budgetLines.${i}.source`, {
              da: `Kommunal budgetlinje ${i + 1} kræver et samarbejde med kommunen (samarbejdende forvaltninger og aftaledato)`,
              en: `Municipal budget line ${i + 1} requires a cooperation with the municipality (partner administrations and agreement date)`,
            }),
          ]
        : [],
    );
  },
};

export const finLocalShare: Rule<PlanSnapshot> = {
  id: 'FIN-LOCAL-SHARE',
  severity: 'error',
  source: 'lbf_2011_14',
  statement: {
    da: 'Den lokale medfinansiering (alle kilder undtagen Landsbyggefonden) er mindst 25 % af rammen.',
    en: 'Local co-financing (all sources but the fund) is at least 25 % of the total frame.',
  },
  check: (s) => {
    const frame = frameOf(s);
    const local = sumOf(s, (l) => l.source !== 'fund');
    const min = s.rules.localShareMinBp;
    if (shareAtLeast(local, frame, min)) return [];
    return [
      finder(finLocalShare)('error', 'budgetLines', {
        da: `Den lokale medfinansiering er ${kr(local)}, mindre end ${formatBp(min)} af rammen på ${kr(frame)}`,
        en: `Local co-financing is ${krEn(local)}, less than ${formatBpEn(min)} of the ${krEn(frame)} frame`,
      }),
    ];
  },
};

export const finFundPrimary: Rule<PlanSnapshot> = {
  id: 'FIN-FUND-PRIMARY',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Landsbyggefonden er den primære finansieringskilde: dens andel er større end hver anden kildes.',
    en: "The fund is the primary financier: its share is larger than any other single source's.",
  },
  check: (s) => {
    const m = budgetMatrix(s.budgetLines);
    if (m.frameOre === 0) return [];
    const larger = fundingSources.filter((k) => k !== 'fund' && m.bySource[k] >= m.bySource.fund);
    if (larger.length === 0) return [];
    const names = { da: larger.map((k) => fundingSourceNames[k].da).join(', '), en: larger.map((k) => fundingSourceNames[k].en).join(', ') };
    return [
      finder(finFundPrimary)('error', 'budgetLines', {
        da: `Landsbyggefonden (${kr(m.bySource.fund)}) finansierer ikke mere end ${names.da}`,
        en: `The fund (${krEn(m.bySource.fund)}) does not finance more than ${names.en}`,
      }),
    ];
  },
};

/** The financing rules a plan's report runs (the pool rules as a plan sees them are in pools.ts). */
export const financingRules = [finFrame, finMunicipalCap, finMunicipalSplit, finCooperation, finLocalShare, finFundPrimary];
