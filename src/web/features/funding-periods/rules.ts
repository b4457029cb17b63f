/** The rule parameters of a funding period, in the order the pages show them. */
import type { FundingPeriod } from '../../../domain/schemas/registry.ts';

export type RuleKey = keyof FundingPeriod['rules'];

export const ruleKeys = [
  'municipalCapBp',
  'municipalContractPartBp',
  'municipalFacilitationPartBp',
  'localShareMinBp',
  'normalPlanYears',
  'reportDueMonthsAfterYearEnd',
  'maxContractsPerUrbanArea',
] as const satisfies readonly RuleKey[];

/** The text key of a parameter's name (funding-periods/texts.ts). */
export const ruleName = (key: RuleKey) => `funding.rule.${key}` as const;
