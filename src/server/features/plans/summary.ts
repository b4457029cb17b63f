/**
 * The plan summary: what the plan list shows, sorts by and totals (frame, sources, shares, pool
 * money, the name's sort key) and the plan's rule report, computed once per plan version and
 * written in the transaction of every write that changes what it holds:
 *
 * - every write to a plan (`editPlan`, `createPlan`), and decisions and revisions, which move the
 *   version on (the content, and so the report, stay);
 * - allocations and pool changes (the pool's money is in the report of each plan drawing on it);
 * - registry changes the rules read: an estate's organisation or urban area, an urban area's
 *   municipality or vulnerability, a funding period's rule parameters or intervention areas;
 * - the seeds (the demo data through the use cases, the national set in bulk).
 *
 * With the summary goes the plan's document: `GET /api/plans/:id`'s JSON of the plan version
 * (features/plans/document.ts), composed by the same writers, so that a read sends it as stored.
 * Besides the rules, it shows names of registry rows, and their writes make it again too: an urban
 * area's or funding period's name, a lead organisation's name (`updateHousingOrganisation`), an
 * estate's, a pool's, and the name of a user who changed a target (`updateUser`).
 *
 * A summary made by other rules or another composition (another `rulesVersion`) or missing (a
 * database from before the summaries or documents) is made again on start (`summariseStalePlans`).
 */
import { createHash } from 'node:crypto';
import { budgetMatrix } from '../../../domain/budget.ts';
import { allPlanRules, ruleReport } from '../../../domain/rules/report.ts';
import type { Finding } from '../../../domain/rules/rule.ts';
import { danishSortKey } from '../../../domain/sort-key.ts';
import { composition, documentOf, hashOf } from './document.ts';
import { toSnapshot } from './present.ts';
import { type ContentPart, type PlanRead, type PlanSummary, contentParts, findPlan, findPlans } from './queries.ts';
import { type StoredSummary, lockPlans, planIdsWithStaleSummary, upsertSummaries } from './summary-queries.ts';

type Q = Parameters<typeof findPlans>[0];
export type { PlanSummary };
/** What a summary is made from: the plan with everything its rules read. */
export type SummarySource = PlanRead<ContentPart>;

/**
 * The version of the plan rules and of the document's composition: a fingerprint of every rule's
 * id, severity and check, and of the functions that compose the document. A summary whose rules or
 * composition differ from the running ones is made again on start.
 */
export const rulesVersion = createHash('sha256')
  .update(allPlanRules.map((r) => `${r.id}|${r.severity}|${r.source}|${r.check.toString()}`).join('\n'))
  .update(composition)
  .digest('hex')
  .slice(0, 16);

export function summaryOf(d: SummarySource): PlanSummary {
  const report = ruleReport(toSnapshot(d));
  const m = budgetMatrix(d.budgetLines);
  return {
    planId: d.plan.id,
    planVersion: d.plan.version,
    nameKey: danishSortKey(d.plan.name),
    frameOre: m.frameOre,
    fundOre: m.bySource.fund,
    municipalOre: m.bySource.municipal,
    housingOre: m.bySource.housing,
    otherOre: m.bySource.other,
    municipalShareBp: m.shareBp.municipal,
    localShareBp: m.localShareBp,
    poolAllocatedOre: d.allocations.reduce((s, a) => s + a.amountOre, 0),
    errors: report.errors.length,
    warnings: report.warnings.length,
    findings: [...report.errors, ...report.warnings],
    rulesVersion,
  };
}

/** Is this the summary of the plan as it is (its version, the running rules)? */
export const isCurrent = (s: PlanSummary | null, version: number): s is PlanSummary =>
  s !== null && s.planVersion === version && s.rulesVersion === rulesVersion;

/** The plan's summary, or (should it not be current) one made now from its content. */
export const currentSummary = (d: SummarySource & { summary: PlanSummary | null }): PlanSummary =>
  isCurrent(d.summary, d.plan.version) ? d.summary : summaryOf(d);

/** The findings of the plan's rule report: from its summary, or (should it not be current) made now. */
export async function findingsOf(db: Q, d: { plan: { id: string; version: number }; summary: PlanSummary | null }): Promise<Finding[]> {
  if (isCurrent(d.summary, d.plan.version)) return d.summary.findings;
  const content = await findPlan(db, d.plan.id, { include: contentParts });
  return content ? summaryOf(content).findings : [];
}

/** The summary with the document; `byWrite`: composed by the write that made the plan's version. */
function stored(d: SummarySource, summary: PlanSummary, byWrite: boolean): StoredSummary {
  const document = documentOf(d, summary);
  return { ...summary, document, documentHash: hashOf(document), documentByWrite: byWrite };
}

/** Writes the summary and document of a plan as written, in the write's transaction, and returns the summary. */
export async function writeSummary(trx: Q, d: SummarySource): Promise<PlanSummary> {
  const summary = summaryOf(d);
  await upsertSummaries(trx, [stored(d, summary, true)]);
  return summary;
}

/**
 * A write that moved the (locked) plan `before` on to a new version, status and time without
 * changing what its rules read (a decision, a revision's start): the rule report carries over (or
 * is made again should it not have been current), the document is composed again (it shows the
 * version and status).
 */
export async function carrySummary(
  trx: Q,
  before: SummarySource & { summary: PlanSummary | null },
  head: { version: number; status: string; updatedAt: Date },
): Promise<void> {
  const d = { ...before, plan: { ...before.plan, ...head } };
  const summary = isCurrent(before.summary, before.plan.version) ? { ...before.summary, planVersion: head.version } : summaryOf(d);
  await upsertSummaries(trx, [stored(d, summary, true)]);
}

const batch = 100;

/**
 * Makes the summaries of the plans again from what is stored, in batches: after a write that
 * changes what their rules read without writing the plans (a pool, an estate, a funding period),
 * and in bulk for the seeds. `lock`: lock the plans first (in a write's transaction), so that a
 * concurrent plan write and this one are decided one after the other.
 */
export async function refreshSummaries(
  db: Q,
  planIds: readonly string[],
  { lock = true, onPlans = () => {} }: { lock?: boolean; onPlans?: (n: number) => void } = {},
): Promise<number> {
  const ids = [...new Set(planIds)].sort();
  for (let i = 0; i < ids.length; i += batch) {
    const some = ids.slice(i, i + batch);
    if (lock) await lockPlans(db, some);
    const plans = await findPlans(db, some, { include: contentParts });
    await upsertSummaries(db, [...plans.values()].map((d) => stored(d, summaryOf(d), false)));
    onPlans(some.length);
  }
  return ids.length;
}

/** Summaries missing, of an older plan version or of other rules are made again; returns how many. */
export async function summariseStalePlans(db: Q): Promise<number> {
  const ids = await planIdsWithStaleSummary(db, rulesVersion);
  if (ids.length === 0) return 0;
  return db.transaction().execute((trx) => refreshSummaries(trx, ids));
}
