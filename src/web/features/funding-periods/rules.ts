/**
 * The rule parameters, in the order the pages show them (PERIOD-OWNER): the fund's on the period,
 * the municipality's own per municipality and period.
 */
import { fundRuleKeys, municipalRuleKeys } from '../../../domain/funding-rules.ts';
import type { FundingPeriod, MunicipalFundingRules } from '../../../domain/schemas/registry.ts';

export type FundRuleKey = keyof FundingPeriod['rules'];
export type MunicipalRuleKey = keyof MunicipalFundingRules['rules'];
export type RuleKey = FundRuleKey | MunicipalRuleKey;

export const fundKeys: readonly FundRuleKey[] = fundRuleKeys;
export const municipalKeys: readonly MunicipalRuleKey[] = municipalRuleKeys;

/** The text key of a parameter's name (funding-periods/texts.ts). */
export const ruleName = (key: RuleKey) => `funding.rule.${key}` as const;
