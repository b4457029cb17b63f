/** Shapes decisions and steps as the API's JSON (src/domain/schemas/approval.ts). */
import type { Actor } from '../../../domain/roles.ts';
import type { Decision, StepView } from '../../../domain/schemas/approval.ts';
import { type DecisionBody, type Route, type StepInstance, bodyNames, deciderNames, mayRecordFor } from '../../../domain/workflow.ts';
import type { Language } from '../../http/language.ts';
import { iso } from '../../http/present.ts';
import type { DecisionRow } from './queries.ts';

export function presentDecision(d: DecisionRow, all: readonly DecisionRow[], lang: Language): Decision {
  const correctedBy = all.find((x) => x.correctsDecisionId === d.id)?.id ?? null;
  return {
    id: d.id,
    planId: d.planId,
    step: d.step as Decision['step'],
    body: d.body as DecisionBody,
    bodyName: d.committeeName ?? bodyNames[d.body as DecisionBody][lang],
    committeeId: d.committeeId,
    committeeName: d.committeeName,
    outcome: d.outcome as Decision['outcome'],
    decidedOn: d.decidedOn,
    reference: d.reference,
    note: d.note,
    fromStatus: d.fromStatus as Decision['fromStatus'],
    toStatus: d.toStatus as Decision['toStatus'],
    correctsDecisionId: d.correctsDecisionId,
    correctedByDecisionId: correctedBy,
    effective: correctedBy === null,
    document: d.document ? { ...d.document, url: `/api/decisions/${d.id}/document` } : null,
    contracts: d.contracts,
    enteredBy: d.enteredBy ? { id: d.enteredBy, displayName: d.enteredByName ?? '' } : null,
    enteredAt: iso(d.enteredAt),
  };
}

export const presentStep = (s: StepInstance, route: Route, actor: Actor | null, lang: Language): StepView => ({
  step: s.step,
  body: s.body,
  committeeId: s.committeeId,
  name: s.name[lang],
  outcomes: s.outcomes,
  decider: s.decider,
  deciderName: deciderNames[s.decider][lang],
  mayRecord: actor !== null && mayRecordFor(actor, route.plan, s.body),
});
