/**
 * Records one decision on a plan (APP-ORDER, APP-DECISION, APP-COMMITTEE, APP-DATE,
 * APP-COOPERATION-FIRST) and moves the plan along its route, in
 * one transaction: the plan row is locked (`FOR UPDATE`) before the route is read, so two users
 * recording decisions at the same moment are decided one after the other — the second sees the
 * first's result (and, with the same If-Match, gets 412). At the fund's commitment the plan's
 * content is frozen as an approved revision (APP-LOCK); after a City Council approval the contracts
 * hook approves the contracts the decision names (APP-CONTRACTS-WITH-PLANS); the plan's pool
 * allocations follow the decision (FIN-POOL-COMMITTED: committed at BR, released at refusal or withdrawal).
 */
import { AppError, forbidden, notFound, ruleViolation } from '../../../domain/errors.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { DecisionInput } from '../../../domain/schemas/approval.ts';
import { checkDecision } from '../../../domain/decision-check.ts';
import { copenhagenToday } from '../../../domain/dates.ts';
import { type DecisionOutcome, type Step, commitmentLockText, correctionChangesLockedOutcome, missingNote, transitionOf } from '../../../domain/workflow.ts';
import { recordAudit } from '../../audit.ts';
import { staleVersion } from '../../db/versioned.ts';
import type { WriteCtx } from '../plans/edit-plan.ts';
import { type PlanRead, contentParts, lockPlan, planWhat, readablePlan } from '../plans/queries.ts';
import { planIdsOfPool } from '../plans/summary-queries.ts';
import { carrySummary, findingsOf, refreshSummaries } from '../plans/summary.ts';
import { followDecision } from '../pools/follow-decision.ts';
import { freezeRevision } from '../revisions/freeze-revision.ts';
import { onDecisionNamingContracts } from './city-council-hook.ts';
import { decodePdf, storeDocument } from './document.ts';
import { insertDecision, loadRoutes } from './queries.ts';

export async function recordDecision(
  ctx: WriteCtx,
  planId: string,
  expectedVersion: number,
  input: DecisionInput,
): Promise<{ decisionId: string; version: number; plan: PlanRead<'estates' | 'committeeIds'> }> {
  // Decode before the transaction: a bad document never holds the plan's lock.
  const pdf = input.document ? decodePdf(input.document) : null;
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await lockPlan(trx, planId);
    if (!locked) throw notFound(planWhat);
    // The route reads the plan's committees and decisions; the rule report comes from its summary;
    // its content is composed again as the plan's document of the new version.
    const { decisions: read, ...plan } = await readablePlan(trx, ctx.actor, planId, [...contentParts, 'decisions', 'summary']);
    if (locked.version !== expectedVersion) throw staleVersion();

    const { route, decisions } = (await loadRoutes(trx, [{ ...plan, decisions: read }])).get(planId)!;
    if (input.correctsDecisionId && !decisions.some((d) => d.id === input.correctsDecisionId)) {
      throw ruleViolation([{ rule: 'REFERENCE', path: 'body.correctsDecisionId', message: { da: 'Beslutningen findes ikke på planen', en: 'The decision does not exist on the plan' } }]);
    }
    const verdict = checkDecision(input, route, ctx.actor, copenhagenToday());
    if (!verdict.ok) {
      if (verdict.reason === 'forbidden') throw forbidden();
      if (verdict.reason === 'order') throw ruleViolation([{ rule: verdict.rule, path: `body.${verdict.field ?? 'body'}`, message: verdict.message }]);
      throw ruleViolation([{ rule: 'APP-ORDER', path: 'body.body', message: verdict.message }]);
    }
    const noNote = missingNote(input);
    if (noNote) throw ruleViolation([{ rule: 'APP-DECISION', path: 'body.note', message: noNote }]);
    const corrected = decisions.find((d) => d.id === input.correctsDecisionId);
    if (corrected && correctionChangesLockedOutcome(corrected, input.outcome)) {
      throw new AppError('conflict', { da: 'Tilsagnet har låst planen', en: 'The commitment has locked the plan' }, [
        { rule: 'APP-LOCK', path: 'body.outcome', message: commitmentLockText },
      ]);
    }
    if (transitionOf(verdict.step).needsCleanReport) {
      const errors = (await findingsOf(trx, plan)).filter((f) => f.severity === 'error');
      if (errors.length > 0) {
        throw ruleViolation([
          {
            rule: 'APP-ORDER',
            path: 'body.body',
            message: { da: 'Planen kan først indsendes, når regelrapporten er uden fejl', en: 'The plan can be submitted only when its rule report has no errors' },
          },
          ...errors.map(toViolation),
        ]);
      }
    }

    const actorId = ctx.actor?.userId ?? null;
    const documentId = input.document && pdf ? await storeDocument(trx, input.document, pdf, actorId) : null;
    const decision = await insertDecision(trx, {
      planId,
      step: verdict.step,
      body: input.body,
      committeeId: input.committeeId,
      outcome: input.outcome,
      decidedOn: input.decidedOn,
      reference: input.reference,
      note: input.note,
      fromStatus: verdict.fromStatus,
      toStatus: verdict.toStatus,
      correctsDecisionId: input.correctsDecisionId,
      documentId,
      enteredBy: actorId,
    });
    const version = expectedVersion + 1;
    const updatedAt = new Date();
    await trx.updateTable('plan').set({ status: verdict.toStatus, version, updatedAt }).where('id', '=', planId).execute();
    // A decision moves the plan on without changing its content: its summary holds for the new version.
    await carrySummary(trx, plan, { status: verdict.toStatus, version, updatedAt });
    const written = { ...plan, plan: { ...plan.plan, status: verdict.toStatus, version, updatedAt } };

    await recordAudit(trx, ctx, {
      action: input.correctsDecisionId ? 'correct' : 'create',
      resourceType: 'decision',
      resourceId: decision.id,
      before: null,
      after: { ...decision, document: input.document ? { id: documentId, filename: input.document.filename } : null },
    });
    await recordAudit(trx, ctx, {
      action: 'decide',
      resourceType: 'plan',
      resourceId: planId,
      before: { status: plan.plan.status, version: expectedVersion },
      after: { status: verdict.toStatus, version, decisionId: decision.id, step: verdict.step, outcome: input.outcome },
    });

    const correctsCommitment = corrected?.step === 'fund_commitment';
    if (verdict.step === 'fund_commitment' && input.outcome === 'approved' && !correctsCommitment) {
      await freezeRevision(trx, ctx, written, decision.id);
    }
    await onDecisionNamingContracts(trx, { ctx, plan: written, decision, contractIds: input.contractIds ?? [] });
    // FIN-POOL-COMMITTED: BR commits the plan's pool allocations, a refusal or withdrawal releases them.
    const pools = await followDecision(trx, ctx, planId, decision.id, {
      step: verdict.step,
      outcome: input.outcome,
      toStatus: verdict.toStatus,
      corrects: corrected ? { step: corrected.step as Step, outcome: corrected.outcome as DecisionOutcome } : null,
    });
    // A state change is in the plan's stored document, a release also in its rule report and in the
    // pool's total that the documents of the pool's other plans show.
    if (pools.changed > 0) {
      const others = (await Promise.all(pools.releasedFrom.map((poolId) => planIdsOfPool(trx, poolId)))).flat();
      await refreshSummaries(trx, [planId, ...others], { lock: false });
    }
    return { decisionId: decision.id, version, plan: written };
  });
}
