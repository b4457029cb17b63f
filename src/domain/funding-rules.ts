/**
 * The rule parameters of a funding period (bevillingsperiode), kept as data on the period so that
 * no rule hard-codes a percentage. Shares are in basis points (1 % = 100 bp) so that every check is
 * exact integer arithmetic.
 */
import type { Violation } from './errors.ts';

export type FundingRules = {
  /** FIN-MUNICIPAL-CAP: municipal co-financing at most this share of the total frame. */
  municipalCapBp: number;
  /** FIN-MUNICIPAL-SPLIT: the part of the municipal share spent as the contracts lay down. */
  municipalContractPartBp: number;
  /** FIN-MUNICIPAL-SPLIT: the part of the municipal share for facilitating the cooperation. */
  municipalFacilitationPartBp: number;
  /** FIN-LOCAL-SHARE: local co-financing (all sources but the fund) at least this share. */
  localShareMinBp: number;
  /** PLAN-PERIOD: the usual length of a plan in years; another length is a warning. */
  normalPlanYears: number;
  /** REP-DEADLINE: months after the end of a calendar year that its annual report is due. */
  reportDueMonthsAfterYearEnd: number;
  /** CON-MUNICIPAL-INTERFACE: at most this many contracts per urban area. */
  maxContractsPerUrbanArea: number;
};

/** The parameters of Landsbyggefonden's 2011–14 funds with Copenhagen's municipal rules. */
export const rules2011to14: FundingRules = {
  municipalCapBp: 1250,
  municipalContractPartBp: 1060,
  municipalFacilitationPartBp: 190,
  localShareMinBp: 2500,
  normalPlanYears: 4,
  reportDueMonthsAfterYearEnd: 6,
  maxContractsPerUrbanArea: 5,
};

/**
 * FIN-MUNICIPAL-SPLIT on the parameters themselves: the two parts of the municipal share add up to
 * the cap. `at` is the path of the rules object in the caller's input.
 */
export function fundingRuleViolations(rules: FundingRules, at = 'rules'): Violation[] {
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
