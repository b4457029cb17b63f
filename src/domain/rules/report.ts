/**
 * The rule report of a plan: every PLAN-* and FIN-* rule run on a snapshot. Errors block submission
 * (`canSubmit`); warnings are shown. `refusedOnWrite` are the rules whose errors a write may never
 * introduce (the API rolls such a write back): the structure of a plan (including which part of the
 * municipal share a budget line is) must always hold, while estates, goals and budget shares may be
 * incomplete while a draft grows.
 */
import type { PlanSnapshot } from '../plans.ts';
import { financingRules } from './financing.ts';
import { planRules } from './plans.ts';
import { poolPlanRules } from './pools.ts';
import type { Finding, Rule } from './rule.ts';

export type RuleReport = { errors: Finding[]; warnings: Finding[]; canSubmit: boolean };

export const allPlanRules: Rule<PlanSnapshot>[] = [...planRules, ...financingRules, ...poolPlanRules];

export function ruleReport(snapshot: PlanSnapshot, rules: Rule<PlanSnapshot>[] = allPlanRules): RuleReport {
  const findings = rules.flatMap((r) => r.check(snapshot));
  const errors = findings.filter((f) => f.severity === 'error');
  return { errors, warnings: findings.filter((f) => f.severity === 'warning'), canSubmit: errors.length === 0 };
}

/** Rule ids whose errors a write is refused for (422 with the rule id), rather than only reported. */
export const refusedOnWrite: ReadonlySet<string> = new Set(['PLAN-PERIOD', 'PLAN-AREA', 'PLAN-ACTIVITY-AREA', 'FIN-MUNICIPAL-SPLIT', 'FIN-COOPERATION']);

/** The errors a write must not leave behind. */
export const writeErrors = (snapshot: PlanSnapshot): Finding[] =>
  ruleReport(snapshot, allPlanRules.filter((r) => refusedOnWrite.has(r.id))).errors;
