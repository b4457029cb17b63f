/**
 * The demo plans: Copenhagen's 18 boligsociale helhedsplaner as of 1 January 2014 (fact sheet),
 * 17 in the six vulnerable urban areas with money from the 30 mio. kr. pool of Budget 2012 and one
 * outside them without pool money. Names, areas, estates and organisations follow
 * docs/demo-data.md; where a plan's name, dates or figures are not published the plan is marked
 * example data. Budgets, goals and activities are always generated example figures.
 */
import type { BudgetLineData } from '../../domain/plans.ts';
import type { Provenance } from '../db/schema.ts';

export type DemoPlan = {
  name: string;
  area: string;
  lead: string;
  estates: string[];
  start: string;
  end: string;
  provenance: Provenance;
  /** What is published about the plan (shown on the plan), or why it is an example. */
  note: string;
  /** The whole frame per full year, in kroner (the budget rounds each area's year down to whole 1,000 kr.). */
  yearlyFrameKr: number;
  /** Intervention areas of the 2011–14 catalogue (by number) the plan works in. */
  focus: number[];
  /** Abbreviations of the committees that must approve the plan besides ØU and BR. */
  committees: string[];
  /**
   * Kroner by which the pool allocation differs from the municipal budget lines (FIN-POOL-MATCH).
   * Below them: the lines are the whole 12.5 %, and more would break FIN-POOL-PLAN-CAP.
   */
  poolDifferenceKr?: number;
};

export const demoPlans: DemoPlan[] = [
  { name: 'Helhedsplan Mjølnerparken', area: 'Nørrebro', lead: 'Lejerbo', estates: ['Mjølnerparken'], start: '2013-10-01', end: '2017-09-30', provenance: 'published', note: 'Planen løb til september 2017 (offentliggjort); tal er eksempler.', yearlyFrameKr: 3_600_000, focus: [1, 2, 3, 6], committees: ['TMU', 'BUU', 'BIU'] },
  { name: 'Helhedsplan Lundtoftegade', area: 'Nørrebro', lead: 'AKB, København', estates: ['Lundtoftegade'], start: '2012-01-01', end: '2015-12-31', provenance: 'example', note: 'En plan 2007–11 er offentliggjort; denne opfølgende plan er et eksempel.', yearlyFrameKr: 3_200_000, focus: [1, 2, 4, 6], committees: ['TMU', 'BUU'] },
  { name: 'Helhedsplan Blågården', area: 'Nørrebro', lead: 'fsb', estates: ['Blågården'], start: '2012-07-01', end: '2016-06-30', provenance: 'example', note: 'Eksempel på en plan i et boligområde på statens liste.', yearlyFrameKr: 2_400_000, focus: [1, 3, 6, 7], committees: ['TMU', 'KFU'] },
  { name: 'Helhedsplan Aldersrogade', area: 'Nørrebro', lead: 'AAB', estates: ['Aldersrogade'], start: '2013-01-01', end: '2016-12-31', provenance: 'example', note: 'Eksempel på en plan i et boligområde på statens liste.', yearlyFrameKr: 2_000_000, focus: [2, 4, 5, 6], committees: ['TMU', 'SOU-S'] },
  { name: 'Beboerprojekt Puls (Fuglekvarteret)', area: 'Bispebjerg', lead: 'AAB', estates: ['AAB afd. 8', 'AAB afd. 24', 'AAB afd. 33', 'AAB afd. 49', 'Fynshuse', 'Sangergården 1+2', 'Vestergårdsvej'], start: '2011-06-01', end: '2015-05-31', provenance: 'published', note: 'Startede juni 2011 (offentliggjort); tal er eksempler.', yearlyFrameKr: 4_000_000, focus: [1, 2, 3, 5, 6], committees: ['TMU', 'BUU', 'BIU', 'SOU'] },
  { name: 'Beboerprojekt Bispebjerg', area: 'Bispebjerg', lead: 'fsb', estates: ['Bispeparken'], start: '2012-01-01', end: '2015-12-31', provenance: 'example', note: 'Projektet er offentliggjort; perioden og tallene her er eksempler.', yearlyFrameKr: 2_800_000, focus: [1, 2, 6, 7], committees: ['TMU', 'BUU'] },
  { name: 'Helhedsplan Stærevej', area: 'Bispebjerg', lead: 'fsb', estates: ['Stærevej'], start: '2013-01-01', end: '2017-12-31', provenance: 'example', note: 'Eksempel; løber bevidst fem år, så regelrapporten viser en advarsel (PLAN-PERIOD).', yearlyFrameKr: 1_600_000, focus: [2, 4, 6], committees: ['TMU', 'BIU'] },
  { name: 'Husum for Alle (Husum Nord)', area: 'Husum/Tingbjerg', lead: 'fsb', estates: ['Voldparken', 'Husumgård', 'AAB afd. 38', 'AAB afd. 80'], start: '2012-01-01', end: '2015-12-31', provenance: 'example', note: 'Planen er offentliggjort for 2016–20; denne tidligere periode er et eksempel.', yearlyFrameKr: 3_000_000, focus: [1, 2, 3, 6], committees: ['TMU', 'BUU', 'KFU'] },
  { name: 'Tingbjerg & Utterslevhuse', area: 'Husum/Tingbjerg', lead: 'fsb', estates: ['Tingbjerg', 'Utterslevhuse'], start: '2012-04-01', end: '2016-03-31', provenance: 'example', note: 'Planerne 2016–20 og 2020–24 er offentliggjort; denne periode er et eksempel.', yearlyFrameKr: 4_000_000, focus: [1, 2, 4, 5, 6, 7], committees: ['TMU', 'BUU', 'BIU', 'SOU'] },
  { name: 'Helhedsplan Gadelandet og Degnegården', area: 'Husum/Tingbjerg', lead: 'fsb', estates: ['Gadelandet', 'Degnegården'], start: '2013-01-01', end: '2016-12-31', provenance: 'example', note: 'Eksempel på en plan over to boligorganisationer; puljebevillingen afviger bevidst fra budgettet (FIN-POOL-MATCH).', yearlyFrameKr: 1_600_000, focus: [1, 4, 6], committees: ['TMU', 'SOU-S'], poolDifferenceKr: -40_000 },
  { name: 'Partnerskabet i Urbanplanen', area: 'Amager/Sundby', lead: '3B', estates: ['Hørgården 1 og 2', 'Remisevænget Nord', 'Remisevænget Øst'], start: '2012-01-01', end: '2015-12-31', provenance: 'published', note: 'Partnerskabet er offentliggjort; tallene er eksempler.', yearlyFrameKr: 3_600_000, focus: [1, 2, 3, 5, 6], committees: ['TMU', 'BUU', 'BIU', 'KFU'] },
  { name: 'Amagerbro Helhedsplan', area: 'Amager/Sundby', lead: 'VIBO', estates: ['Holmbladsgade', 'Sundholmsvej', 'Amagerbro (HAB II)'], start: '2014-01-01', end: '2017-12-31', provenance: 'published', note: 'Planen 2014–17 er offentliggjort; tallene er eksempler.', yearlyFrameKr: 2_400_000, focus: [2, 4, 6], committees: ['TMU', 'BIU', 'SOU-S'] },
  { name: 'Sammen om Sydhavnen', area: 'Vesterbro/Sydhavnen', lead: 'AKB, København', estates: ['Sjælør Boulevard'], start: '2012-01-01', end: '2015-12-31', provenance: 'example', note: 'Navnet er ikke bekræftet af kilderne; planen er et eksempel.', yearlyFrameKr: 2_400_000, focus: [1, 2, 6], committees: ['TMU', 'BUU'] },
  { name: 'Helhedsplan Mozarts Plads', area: 'Vesterbro/Sydhavnen', lead: '3B', estates: ['Mozarts Plads'], start: '2013-01-01', end: '2016-12-31', provenance: 'example', note: 'Eksempel.', yearlyFrameKr: 1_600_000, focus: [1, 5, 6], committees: ['TMU', 'SOU'] },
  { name: 'Rum for Liv (AkaLuk)', area: 'Valby/Vigerslev', lead: 'Lejerbo', estates: ['Akacieparken', 'Lukretiavej'], start: '2013-01-01', end: '2016-12-31', provenance: 'published', note: 'Perioden 1. januar 2013 – 31. december 2016 er offentliggjort; tallene er eksempler.', yearlyFrameKr: 2_400_000, focus: [1, 2, 3, 6], committees: ['TMU', 'BUU', 'KFU'] },
  { name: 'Helhedsplan Folehaven', area: 'Valby/Vigerslev', lead: 'AAB', estates: ['Folehaven'], start: '2012-01-01', end: '2015-12-31', provenance: 'example', note: 'Eksempel.', yearlyFrameKr: 2_000_000, focus: [1, 2, 4, 6], committees: ['TMU', 'BUU'] },
  { name: 'Helhedsplan Nørrebro Nord', area: 'Nørrebro', lead: 'AKB, København', estates: [], start: '2014-01-01', end: '2017-12-31', provenance: 'example', note: 'Eksempel; dækker ingen afdelinger endnu, så regelrapporten viser en fejl (PLAN-ESTATES).', yearlyFrameKr: 800_000, focus: [2, 4, 6], committees: ['TMU'] },
  { name: 'Helhedsplan Kildevældsgade', area: 'Østerbro', lead: 'fsb', estates: ['Kildevældsgade'], start: '2012-01-01', end: '2015-12-31', provenance: 'example', note: 'Eksempel på den ene plan uden for de udsatte byområder: ingen puljemidler.', yearlyFrameKr: 1_200_000, focus: [1, 3, 6], committees: ['TMU'] },
];

/** Goals by intervention area (2011–14 numbering): title, indicator, unit, baseline, yearly change. */
export const goalLibrary: Record<number, { title: string; indicator: string; unit: string; baseline: number; step: number }> = {
  1: { title: 'Flere børn og unge trives og klarer sig godt i skolen', indicator: 'Andel 9.-klasseelever der består dansk og matematik', unit: '%', baseline: 62, step: 3 },
  2: { title: 'Flere beboere kommer i uddannelse eller job', indicator: 'Andel 18–29-årige i uddannelse eller job', unit: '%', baseline: 58, step: 3 },
  3: { title: 'Flere børn og unge deltager i foreningslivet', indicator: 'Antal børn og unge i foreningsaktiviteter', unit: 'antal', baseline: 120, step: 20 },
  4: { title: 'Udsatte beboere får den rette hjælp', indicator: 'Antal beboere henvist til kommunale tilbud', unit: 'antal', baseline: 40, step: 10 },
  5: { title: 'Bedre sundhed blandt beboerne', indicator: 'Antal deltagere i sundhedsaktiviteter', unit: 'antal', baseline: 60, step: 15 },
  6: { title: 'Flere beboere deltager i fællesskabet og beboerdemokratiet', indicator: 'Antal aktive frivillige', unit: 'antal', baseline: 35, step: 8 },
  7: { title: 'Et bedre omdømme for boligområdet', indicator: 'Antal positive omtaler i lokale medier', unit: 'antal', baseline: 5, step: 3 },
};

/** Activities by intervention area: name and who carries it out. */
export const activityLibrary: Record<number, { name: string; carriedOutBy: 'plan_staff' | 'administration' | 'both'; administration?: string }[]> = {
  1: [
    { name: 'Lektiecafé', carriedOutBy: 'plan_staff' },
    { name: 'Forældrenetværk', carriedOutBy: 'both', administration: 'BUF' },
    { name: 'Brobygning mellem skole og boligområde', carriedOutBy: 'both', administration: 'BUF' },
  ],
  2: [
    { name: 'Jobvejledning i boligområdet', carriedOutBy: 'both', administration: 'BIF' },
    { name: 'Fritidsjob til unge', carriedOutBy: 'plan_staff' },
    { name: 'Uddannelsesvejledning', carriedOutBy: 'administration', administration: 'BIF' },
  ],
  3: [
    { name: 'Foreningsguider', carriedOutBy: 'both', administration: 'KFF' },
    { name: 'Sommeraktiviteter', carriedOutBy: 'plan_staff' },
  ],
  4: [
    { name: 'Opsøgende gadeplansarbejde', carriedOutBy: 'both', administration: 'SOF' },
    { name: 'Gældsrådgivning', carriedOutBy: 'plan_staff' },
  ],
  5: [
    { name: 'Sundhedscafé', carriedOutBy: 'both', administration: 'SUF' },
    { name: 'Motion for kvinder', carriedOutBy: 'plan_staff' },
  ],
  6: [
    { name: 'Frivilligkoordinering', carriedOutBy: 'plan_staff' },
    { name: 'Beboerdemokrati og afdelingsbestyrelser', carriedOutBy: 'plan_staff' },
  ],
  7: [{ name: 'Lokalavis og kommunikation', carriedOutBy: 'plan_staff' }],
};

/** A budget line of the demo, its intervention area by number (no activity). */
export type DemoBudgetLine = Omit<BudgetLineData, 'interventionAreaId' | 'activityId'> & { interventionAreaNumber: number };

/** Months of the plan period that fall in each calendar year. */
export function monthsPerYear(start: string, end: string): Map<number, number> {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  const months = new Map<number, number>();
  for (let y = sy, m = sm; y < ey || (y === ey && m <= em); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    months.set(y, (months.get(y) ?? 0) + 1);
  }
  return months;
}

/**
 * The demo budget: per calendar year and focus area, 75 % fund, 12.5 % municipal (10.6 points for
 * the contracts, 1.9 for facilitation) and 12.5 % housing organisation, in whole kroner.
 */
export function demoBudget(plan: DemoPlan): DemoBudgetLine[] {
  const lines: DemoBudgetLine[] = [];
  for (const [year, months] of monthsPerYear(plan.start, plan.end)) {
    // Whole 1,000 kr. per area and year: then 12.5 %, 10.6 % and 1.9 % of it are all whole kroner,
    // and the split is exact (no FIN-MUNICIPAL-SPLIT warning from rounding).
    const perArea = Math.floor((plan.yearlyFrameKr * months) / 12 / plan.focus.length / 1000) * 1000;
    for (const area of plan.focus) {
      const municipal = perArea / 8;
      const contract = Math.floor((municipal * 1060) / 1250);
      const kr = (n: number) => n * 100;
      lines.push(
        { year, interventionAreaNumber: area, source: 'fund', municipalPart: null, amountOre: kr(perArea - 2 * municipal) },
        { year, interventionAreaNumber: area, source: 'municipal', municipalPart: 'contract', amountOre: kr(contract) },
        { year, interventionAreaNumber: area, source: 'municipal', municipalPart: 'facilitation', amountOre: kr(municipal - contract) },
        { year, interventionAreaNumber: area, source: 'housing', municipalPart: null, amountOre: kr(municipal) },
      );
    }
  }
  return lines;
}

/** The demo pool: Budget 2012's 30 mio. kr. for municipal co-financing of the 2011–14 plans (fact sheet). */
export const demoPool = {
  name: 'Budget 2012: kommunal medfinansiering af boligsociale helhedsplaner',
  budgetYear: 2012,
  capacityOre: 30_000_000 * 100,
  /** The funding periods it serves (FIN-POOL-PERIOD), by name. */
  fundingPeriods: ['2011–14'],
};
