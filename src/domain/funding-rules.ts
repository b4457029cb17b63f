/**
 * The rule parameters of a funding period (bevillingsperiode), kept as data so that no rule
 * hard-codes a percentage. Shares are in basis points (1 % = 100 bp) so that every check is exact
 * integer arithmetic.
 *
 * PERIOD-OWNER: the parameters have two owners. The fund's (`FundRules`) live on the funding
 * period and only fund officers change them; the municipality's (`MunicipalRules`: its cap on
 * co-financing and how the cap splits) live per municipality and period, changed by that
 * municipality's admins. A plan's rules (`FundingRules`) are both: its period's and its
 * municipality's for that period.
 */
import type { Text, Violation } from './errors.ts';

/** The fund's parameters, on the funding period. */
export type FundRules = {
  /** FIN-LOCAL-SHARE: local co-financing (all sources but the fund) at least this share. */
  localShareMinBp: number;
  /** PLAN-PERIOD: the usual length of a plan in years; another length is a warning. */
  normalPlanYears: number;
  /** REP-DEADLINE: months after the end of a calendar year that its annual report is due. */
  reportDueMonthsAfterYearEnd: number;
  /** CON-MUNICIPAL-INTERFACE, CON-IN-FORCE: at most this many contracts per urban area. */
  maxContractsPerUrbanArea: number;
};

/** The municipality's parameters, per municipality and funding period. */
export type MunicipalRules = {
  /** FIN-MUNICIPAL-CAP: municipal co-financing at most this share of the total frame. */
  municipalCapBp: number;
  /** FIN-MUNICIPAL-SPLIT: the part of the municipal share spent as the contracts lay down. */
  municipalContractPartBp: number;
  /** FIN-MUNICIPAL-SPLIT: the part of the municipal share for facilitating the cooperation. */
  municipalFacilitationPartBp: number;
};

/** The rules a plan is checked by: its period's and its municipality's. */
export type FundingRules = FundRules & MunicipalRules;

export const fundRuleKeys = ['localShareMinBp', 'normalPlanYears', 'reportDueMonthsAfterYearEnd', 'maxContractsPerUrbanArea'] as const satisfies readonly (keyof FundRules)[];
export const municipalRuleKeys = ['municipalCapBp', 'municipalContractPartBp', 'municipalFacilitationPartBp'] as const satisfies readonly (keyof MunicipalRules)[];

/**
 * Parameters that are our inference rather than a source's figure, each with the reason (data on
 * the period and on the municipality's rules; the API and the pages show it). A parameter that its
 * owner sets is no longer inferred.
 */
export type InferredParameters = Partial<Record<string, Text>>;

/** Landsbyggefonden's 2011–14 funds (LBF 2011–14; at most five contracts: fact sheet). */
export const fund2011to14: FundRules = {
  localShareMinBp: 2500,
  normalPlanYears: 4,
  reportDueMonthsAfterYearEnd: 6,
  maxContractsPerUrbanArea: 5,
};

/** Copenhagen's own parameters for the 2011–14 funds (12.5 %: fact sheet and kk.dk; 10.6/1.9: kk.dk). */
export const copenhagen2011to14: MunicipalRules = {
  municipalCapBp: 1250,
  municipalContractPartBp: 1060,
  municipalFacilitationPartBp: 190,
};

/** The parameters of Landsbyggefonden's 2011–14 funds with Copenhagen's municipal rules. */
export const rules2011to14: FundingRules = { ...fund2011to14, ...copenhagen2011to14 };

/** Only the municipality's parameters of a rule set. */
export const municipalPart = (rules: MunicipalRules): MunicipalRules => ({
  municipalCapBp: rules.municipalCapBp,
  municipalContractPartBp: rules.municipalContractPartBp,
  municipalFacilitationPartBp: rules.municipalFacilitationPartBp,
});

/** Only the fund's parameters of a rule set. */
export const fundPart = (rules: FundRules): FundRules => ({
  localShareMinBp: rules.localShareMinBp,
  normalPlanYears: rules.normalPlanYears,
  reportDueMonthsAfterYearEnd: rules.reportDueMonthsAfterYearEnd,
  maxContractsPerUrbanArea: rules.maxContractsPerUrbanArea,
});

/** The inferred marks that remain once the parameters in `changed` are set by their owner. */
export function withoutInferred(inferred: InferredParameters, changed: readonly string[]): InferredParameters {
  return Object.fromEntries(Object.entries(inferred).filter(([k]) => !changed.includes(k)));
}

/**
 * FIN-MUNICIPAL-SPLIT on the parameters themselves: the two parts of the municipal share add up to
 * the cap. `at` is the path of the rules object in the caller's input.
 */
export function fundingRuleViolations(rules: MunicipalRules, at = 'rules'): Violation[] {
  const parts = rules.municipalContractPartBp + rules.municipalFacilitationPartBp;
  if (parts === rules.municipalCapBp) return [];
  return [
    {
      rule: 'FIN-MUNICIPAL-SPLIT',
      path: `${at}.municipalContractPartBp`,
      message: {
        da: `Kontraktdelen og faciliteringsdelen (${parts} bp) skal tilsammen give den kommunale andel (${rules.municipalCapBp} bp)`,
        en: `The contract part and the facilitation part (${parts} bp) must add up to the municipal share (${rules.municipalCapBp} bp)`,
      },
    },
  ];
}
