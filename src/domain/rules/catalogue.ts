/**
 * The rule catalogue: every rule of src/domain/rules once, by family, with its id, worst severity,
 * source, statement in Danish and English, and whether a plan write is refused for its errors.
 * docs/rules.md is generated from it (`npm run docs:rules`); catalogue.test.ts fails when the page
 * and the code differ, or when a rule is defined but not listed here.
 */
import type { Text } from '../errors.ts';
import { approvalRules } from './approval.ts';
import { appContractsWithPlans } from './contracts-with-plans.ts';
import {
  conAreaVulnerable,
  conInForce,
  conMunicipalInterface,
  conParties,
  conPerArea,
  conRevision,
  conValidity,
  conWorkingGroup,
} from './contracts.ts';
import { financingRules } from './financing.ts';
import { forumMembers, forumVulnerable } from './fora.ts';
import { periodOwner } from './periods.ts';
import { planRules } from './plans.ts';
import { poolRules } from './pools.ts';
import { refusedOnWrite } from './report.ts';
import type { RuleInfo } from './rule.ts';

export type CatalogueEntry = RuleInfo & { refusedOnWrite: boolean };
export type RuleFamily = { name: Text; file: string; rules: CatalogueEntry[] };

const entries = (rules: RuleInfo[]): CatalogueEntry[] =>
  rules.map(({ id, severity, source, alsoSources, statement }) => ({
    id, severity, source, ...(alsoSources ? { alsoSources } : {}), statement, refusedOnWrite: refusedOnWrite.has(id),
  }));

export const ruleFamilies: RuleFamily[] = [
  { name: { da: 'Planer', en: 'Plans' }, file: 'src/domain/rules/plans.ts', rules: entries(planRules) },
  {
    name: { da: 'Finansiering', en: 'Financing' },
    file: 'src/domain/rules/financing.ts',
    rules: entries(financingRules),
  },
  { name: { da: 'Kommunale puljer', en: 'Municipal pools' }, file: 'src/domain/rules/pools.ts', rules: entries(poolRules) },
  { name: { da: 'Godkendelse', en: 'Approval' }, file: 'src/domain/rules/approval.ts', rules: entries(approvalRules) },
  {
    name: { da: 'Kontrakter med planerne', en: 'Contracts with the plans' },
    file: 'src/domain/rules/contracts-with-plans.ts',
    rules: entries([appContractsWithPlans]),
  },
  {
    name: { da: 'Samarbejdskontrakter', en: 'Cooperation contracts' },
    file: 'src/domain/rules/contracts.ts',
    rules: entries([conPerArea, conMunicipalInterface, conInForce, conAreaVulnerable, conWorkingGroup, conParties, conRevision, conValidity]),
  },
  { name: { da: 'Fora', en: 'Fora' }, file: 'src/domain/rules/fora.ts', rules: entries([forumVulnerable, forumMembers]) },
  { name: { da: 'Bevillingsperioder', en: 'Funding periods' }, file: 'src/domain/rules/periods.ts', rules: entries([periodOwner]) },
];

/** Every rule, in the order of the page. */
export const ruleCatalogue: CatalogueEntry[] = ruleFamilies.flatMap((f) => f.rules);
