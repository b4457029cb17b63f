/**
 * The approval route of a plan as data (Copenhagen, Landsbyggefonden's 2011–14 funds), and the pure
 * functions the API uses to enforce it and the web uses to show what is possible:
 * `nextSteps` (what may be recorded now), `missingApprovals` (what is still needed before the fund's
 * commitment, and who gives it), which statuses are editable, and the rules of corrections and notes
 * (`correctableDecision`, `correctionOutcomes`, `missingNote`), used by both the API and the approval
 * panel. Whether one decision may be recorded now is `checkDecision` (decision-check.ts).
 *
 * A plan's status names where it stands; from `submitted_to_municipality` to `sent_to_fund` it names
 * the body it waits for. The decisions so far decide the rest: whether the plan was prequalified
 * before (a plan returned to draft after prequalification goes straight to submission), and which
 * listed committees have approved since the last submission (the current round).
 */
import { type Action, type Target, can as policyAllows } from './authorization.ts';
import type { Text } from './errors.ts';
import type { PlanStatus } from './plans.ts';
import type { Actor } from './roles.ts';

/** Who decides (or acts) at a step. */
export const decisionBodies = [
  'housing_organisation',
  'fund',
  'committee',
  'finance_committee',
  'city_council',
  'housing_board',
] as const;
export type DecisionBody = (typeof decisionBodies)[number];

export const decisionOutcomes = ['approved', 'refused', 'returned', 'withdrawn'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/** Who may record a body's decisions; each is an action of the access policy. */
export type Decider = 'municipality' | 'lead_organisation' | 'fund';
export const deciderAction: Record<Decider, Action> = {
  municipality: 'decision.municipal_body',
  lead_organisation: 'decision.lead_organisation',
  fund: 'decision.fund',
};
export const deciderOfBody: Record<DecisionBody, Decider> = {
  housing_organisation: 'lead_organisation',
  housing_board: 'lead_organisation',
  fund: 'fund',
  committee: 'municipality',
  finance_committee: 'municipality',
  city_council: 'municipality',
};

export const steps = [
  'prequalification_application',
  'prequalification',
  'advisory',
  'submission',
  'committee',
  'finance_committee',
  'city_council',
  'housing_board',
  'fund_commitment',
  'start',
  'closure',
  'withdrawal',
] as const;
export type Step = (typeof steps)[number];

/**
 * One transition of the route: the step, the statuses it may be recorded in, the body that decides,
 * and the status each allowed outcome leads to (`returned` → back to draft, or to `revision_draft`
 * in a change round; `revision` → the status the plan had when the change began).
 */
export type Transition = {
  step: Step;
  from: readonly PlanStatus[];
  body: DecisionBody;
  outcomes: Partial<Record<DecisionOutcome, PlanStatus | 'back_to_draft' | 'resume'>>;
  /** Submission needs a clean rule report (`canSubmit`). */
  needsCleanReport?: true;
  /** Not before the plan's start date. */
  fromStartDate?: true;
  name: Text;
};

const openStatuses: readonly PlanStatus[] = [
  'draft', 'prequalification_applied', 'prequalified', 'advisory_process', 'submitted_to_municipality',
  'committee_approval', 'finance_committee', 'city_council', 'housing_organisation_approval', 'sent_to_fund',
];

export const transitions: readonly Transition[] = [
  {
    step: 'prequalification_application', from: ['draft'], body: 'housing_organisation',
    outcomes: { approved: 'prequalification_applied' },
    name: { da: 'boligorganisationens ansøgning om prækvalifikation', en: "the housing organisation's application for prequalification" },
  },
  {
    step: 'prequalification', from: ['prequalification_applied'], body: 'fund',
    outcomes: { approved: 'prequalified', refused: 'refused', returned: 'back_to_draft' },
    name: { da: 'Landsbyggefondens prækvalifikation', en: "the fund's prequalification" },
  },
  {
    step: 'advisory', from: ['prequalified'], body: 'fund',
    outcomes: { approved: 'advisory_process' },
    name: { da: 'Landsbyggefondens start af rådgivningsprocessen', en: "the fund's start of the advisory process" },
  },
  {
    step: 'submission', from: ['advisory_process', 'draft', 'revision_draft'], body: 'housing_organisation',
    outcomes: { approved: 'submitted_to_municipality' }, needsCleanReport: true,
    name: { da: 'boligorganisationens indsendelse af planen til kommunen', en: "the housing organisation's submission of the plan to the municipality" },
  },
  {
    step: 'committee', from: ['submitted_to_municipality', 'committee_approval'], body: 'committee',
    outcomes: { approved: 'committee_approval', refused: 'refused', returned: 'back_to_draft' },
    name: { da: 'udvalgets godkendelse', en: "the committee's approval" },
  },
  {
    step: 'finance_committee', from: ['finance_committee', 'submitted_to_municipality', 'committee_approval'], body: 'finance_committee',
    outcomes: { approved: 'city_council', refused: 'refused', returned: 'back_to_draft' },
    name: { da: 'Økonomiudvalgets godkendelse', en: 'the Finance Committee’s approval (ØU)' },
  },
  {
    step: 'city_council', from: ['city_council'], body: 'city_council',
    outcomes: { approved: 'housing_organisation_approval', refused: 'refused', returned: 'back_to_draft' },
    name: { da: 'Borgerrepræsentationens godkendelse', en: 'the City Council’s approval (BR)' },
  },
  {
    step: 'housing_board', from: ['housing_organisation_approval'], body: 'housing_board',
    outcomes: { approved: 'sent_to_fund', refused: 'refused', returned: 'back_to_draft' },
    name: { da: 'boligorganisationens bestyrelses godkendelse (og afsendelse til fonden)', en: "the housing organisation board's approval (and sending to the fund)" },
  },
  {
    step: 'fund_commitment', from: ['sent_to_fund'], body: 'fund',
    outcomes: { approved: 'resume', refused: 'refused', returned: 'back_to_draft' },
    name: { da: 'Landsbyggefondens tilsagn', en: "the fund's commitment (tilsagn)" },
  },
  {
    step: 'start', from: ['fund_commitment'], body: 'housing_organisation', fromStartDate: true,
    outcomes: { approved: 'running' },
    name: { da: 'planens start', en: 'the start of the plan' },
  },
  {
    step: 'closure', from: ['running'], body: 'fund',
    outcomes: { approved: 'closed' },
    name: { da: 'Landsbyggefondens afslutning af planen', en: "the fund's closing of the plan" },
  },
  {
    step: 'withdrawal', from: openStatuses, body: 'housing_organisation',
    outcomes: { withdrawn: 'withdrawn' },
    name: { da: 'boligorganisationens tilbagetrækning af planen', en: "the housing organisation's withdrawal of the plan" },
  },
];

export const transitionOf = (step: Step): Transition => transitions.find((t) => t.step === step)!;

export const bodyNames: Record<DecisionBody, Text> = {
  housing_organisation: { da: 'Boligorganisationen', en: 'The housing organisation' },
  fund: { da: 'Landsbyggefonden', en: 'The fund (Landsbyggefonden)' },
  committee: { da: 'Udvalget', en: 'The committee' },
  finance_committee: { da: 'Økonomiudvalget', en: 'The Finance Committee (ØU)' },
  city_council: { da: 'Borgerrepræsentationen', en: 'The City Council (BR)' },
  housing_board: { da: 'Boligorganisationens bestyrelse', en: "The housing organisation's board" },
};

export const deciderNames: Record<Decider, Text> = {
  municipality: { da: 'kommunens sagsbehandler eller administrator', en: "the municipality's case worker or administrator" },
  lead_organisation: { da: 'medarbejder i den ansøgende boligorganisation', en: 'staff of the lead housing organisation' },
  fund: { da: 'sagsbehandler i Landsbyggefonden', en: 'a fund officer' },
};

/** Plans in these statuses can be edited; every other status is locked (APP-LOCK). The API and the web both ask this set. */
export const editableStatuses: ReadonlySet<PlanStatus> = new Set(['draft', 'revision_draft']);
/** A change revision may be started from these statuses (after the fund's commitment). */
export const revisableStatuses: ReadonlySet<PlanStatus> = new Set(['fund_commitment', 'running']);

// --- The route of one plan -------------------------------------------------------------------------

/** A recorded decision as the route sees it. */
export type DecisionFact = {
  id: string;
  step: Step;
  body: DecisionBody;
  committeeId: string | null;
  outcome: DecisionOutcome;
  decidedOn: string;
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  correctsDecisionId: string | null;
  /** The committee's name, where the decision is a committee's and it is known. */
  committeeName?: string | null;
};

export type RoutePlan = {
  status: PlanStatus;
  startDate: string;
  municipalityId: string;
  housingOrganisationId: string;
  /** The date of the plan's cooperation agreement with the municipality (APP-COOPERATION-FIRST); null without one. */
  cooperationAgreementDate: string | null;
  /** An open change revision and the status the plan had when it began; null outside a change. */
  revision: { baseStatus: PlanStatus } | null;
};

/** The plan, its decisions in the order they were entered, and the committees listed for it. */
export type Route = {
  plan: RoutePlan;
  decisions: readonly DecisionFact[];
  committees: readonly { id: string; name: string }[];
};

/** A step that may (or must) be taken, for one body (and one committee). */
export type StepInstance = {
  step: Step;
  body: DecisionBody;
  committeeId: string | null;
  committeeName: string | null;
  outcomes: DecisionOutcome[];
  decider: Decider;
  name: Text;
};

/** Decisions not corrected by a later one. */
export function effectiveDecisions<D extends Pick<DecisionFact, 'id' | 'correctsDecisionId'>>(decisions: readonly D[]): D[] {
  const corrected = new Set(decisions.flatMap((d) => (d.correctsDecisionId ? [d.correctsDecisionId] : [])));
  return decisions.filter((d) => !corrected.has(d.id));
}

/**
 * The date a decision stands at: its own, or that of the correction that replaced it (a correction
 * may itself be corrected). An approved revision is dated by the decision that froze it this way,
 * so correcting the commitment's date moves the revision's date too. Undefined for an unknown id.
 */
export function effectiveDateOf(decisionId: string, decisions: readonly Pick<DecisionFact, 'id' | 'decidedOn' | 'correctsDecisionId'>[]): string | undefined {
  let current = decisions.find((d) => d.id === decisionId);
  for (let guard = 0; current && guard <= decisions.length; guard++) {
    const id: string = current.id;
    const correction = decisions.find((d) => d.correctsDecisionId === id);
    if (!correction) return current.decidedOn;
    current = correction;
  }
  return current?.decidedOn;
}

const wasPrequalified = (ds: readonly DecisionFact[]) => ds.some((d) => d.step === 'prequalification' && d.outcome === 'approved');

/** The committees that approved since the last submission (the current round). */
export function committeesApproved(decisions: readonly DecisionFact[]): Set<string> {
  const ds = effectiveDecisions(decisions);
  const lastSubmission = ds.map((d) => d.step).lastIndexOf('submission');
  return new Set(
    ds.slice(lastSubmission + 1).flatMap((d) => (d.step === 'committee' && d.outcome === 'approved' && d.committeeId ? [d.committeeId] : [])),
  );
}

function instance(step: Step, committee: { id: string; name: string } | null = null, inRevision = false): StepInstance {
  const t = transitionOf(step);
  const outcomes = (Object.keys(t.outcomes) as DecisionOutcome[]).filter((o) => !(inRevision && o === 'refused'));
  const name: Text = committee
    ? { da: `${committee.name}s godkendelse`, en: `the approval of ${committee.name}` }
    : t.name;
  return { step, body: t.body, committeeId: committee?.id ?? null, committeeName: committee?.name ?? null, outcomes, decider: deciderOfBody[t.body], name };
}

/**
 * The route still ahead of the plan, in order, from the next step to the fund's commitment, then the
 * start and the closure. Pending committees come first and in parallel.
 */
export function remainingRoute(route: Route): StepInstance[] {
  const { plan, committees } = route;
  const ds = effectiveDecisions(route.decisions);
  const rev = plan.revision !== null;
  const approved = committeesApproved(route.decisions);
  const pendingCommittees = committees.filter((c) => !approved.has(c.id)).map((c) => instance('committee', c, rev));
  const allCommittees = committees.map((c) => instance('committee', c, rev));
  const from = (first: Step[], committeesAhead: StepInstance[]): StepInstance[] => {
    const order: Step[] = ['prequalification_application', 'prequalification', 'advisory', 'submission', 'committee', 'finance_committee', 'city_council', 'housing_board', 'fund_commitment', 'start', 'closure'];
    const startAt = order.indexOf(first[0]!);
    return order.slice(startAt).flatMap((s) => (s === 'committee' ? committeesAhead : [instance(s, null, rev)]));
  };
  switch (plan.status) {
    case 'draft':
      return wasPrequalified(ds) ? from(['submission'], allCommittees) : from(['prequalification_application'], allCommittees);
    case 'revision_draft':
      return from(['submission'], allCommittees);
    case 'prequalification_applied':
      return from(['prequalification'], allCommittees);
    case 'prequalified':
      return from(['advisory'], allCommittees);
    case 'advisory_process':
      return from(['submission'], allCommittees);
    case 'submitted_to_municipality':
    case 'committee_approval':
      return from(['committee'], pendingCommittees);
    case 'finance_committee':
      return from(['finance_committee'], []);
    case 'city_council':
      return from(['city_council'], []);
    case 'housing_organisation_approval':
      return from(['housing_board'], []);
    case 'sent_to_fund':
      return from(['fund_commitment'], []).filter((s) => !(rev && (s.step === 'start' || s.step === 'closure')));
    case 'fund_commitment':
      return from(['start'], []);
    case 'running':
      return from(['closure'], []);
    case 'closed':
    case 'refused':
    case 'withdrawn':
      return [];
  }
}

/** What may be recorded now: the next step (all pending committees at once), and withdrawal where it makes sense. */
export function nextSteps(plan: RoutePlan, decisions: readonly DecisionFact[], committees: Route['committees']): StepInstance[] {
  const ahead = remainingRoute({ plan, decisions, committees });
  const first = ahead[0];
  const now = first === undefined ? [] : first.step === 'committee' ? ahead.filter((s) => s.step === 'committee') : [first];
  const withdrawable = plan.revision === null && transitionOf('withdrawal').from.includes(plan.status);
  return withdrawable ? [...now, instance('withdrawal')] : now;
}

/** The approvals still needed before the fund's commitment, in order, with who must record them. */
export function missingApprovals(route: Route): StepInstance[] {
  const ahead = remainingRoute(route);
  const commitment = ahead.findIndex((s) => s.step === 'fund_commitment');
  return commitment === -1 ? [] : ahead.slice(0, commitment + 1);
}

// --- Who records, corrections and notes --------------------------------------------------------------

/** What an actor asks to record. */
export type DecisionAction = {
  body: DecisionBody;
  committeeId: string | null;
  outcome: DecisionOutcome;
  decidedOn: string;
  /** The decision this one corrects (it must be the plan's latest effective decision). */
  correctsDecisionId?: string | null;
};

/**
 * What the access policy asks of whoever records a body's decisions on a plan: the decider's action,
 * on the plan's municipality, and for the lead organisation only the lead.
 */
export const recordPermission = (plan: Pick<RoutePlan, 'municipalityId' | 'housingOrganisationId'>, body: DecisionBody): [action: Action, target: Target] => [
  deciderAction[deciderOfBody[body]],
  { municipalityId: plan.municipalityId, housingOrganisationIds: [plan.housingOrganisationId] },
];

/** May this actor ever record this body's decisions on this plan (regardless of the plan's state)? */
export const mayRecordFor = (actor: Actor, plan: RoutePlan, body: DecisionBody): boolean => policyAllows(actor, ...recordPermission(plan, body));

/**
 * The one decision a correction may correct: the plan's latest effective decision (APP-DECISION:
 * decisions are never edited, only followed by new ones). It is corrected by whoever may record its
 * body's decisions (`recordPermission`), and judged as if it had never been recorded.
 */
export const correctableDecision = <D extends Pick<DecisionFact, 'id' | 'correctsDecisionId'>>(decisions: readonly D[]): D | undefined =>
  effectiveDecisions(decisions).at(-1);

/**
 * APP-LOCK: an approved commitment (tilsagn) is corrected only in date and reference; another
 * outcome would change a locked plan (a change of the plan is a new revision).
 */
export const correctionChangesLockedOutcome = (corrected: { step: string; outcome: string }, outcome: DecisionOutcome): boolean =>
  corrected.step === 'fund_commitment' && corrected.outcome === 'approved' && outcome !== corrected.outcome;

export const commitmentLockText: Text = {
  da: 'Et tilsagn kan kun rettes i dato og reference; en ændring af planen er en ny revision',
  en: 'A commitment can only be corrected in date and reference; a change of the plan is a new revision',
};

/** The outcomes a correction of `corrected` may set: those of its step, but not past APP-LOCK. */
export const correctionOutcomes = (corrected: Pick<DecisionFact, 'step' | 'outcome'>): DecisionOutcome[] =>
  (Object.keys(transitionOf(corrected.step).outcomes) as DecisionOutcome[]).filter((o) => !correctionChangesLockedOutcome(corrected, o));

/** Why a decision's note is required (APP-DECISION); null when the note is optional. */
export type NoteNeed = 'correction' | 'return';

/** A correction says what it corrects; a plan sent back gets the reason. Otherwise the note is optional. */
export function noteNeed(action: Pick<DecisionAction, 'outcome' | 'correctsDecisionId'>): NoteNeed | null {
  if (action.correctsDecisionId) return 'correction';
  if (action.outcome === 'returned') return 'return';
  return null;
}

export const noteMissingText: Record<NoteNeed, Text> = {
  correction: { da: 'Angiv, hvad rettelsen retter', en: 'Say what the correction corrects' },
  return: { da: 'Angiv begrundelsen for at sende planen tilbage', en: 'Give the reason for returning the plan' },
};

/** The APP-DECISION message when a decision lacks the note it needs; null when its note will do. */
export function missingNote(action: Pick<DecisionAction, 'outcome' | 'correctsDecisionId'> & { note: string }): Text | null {
  const need = noteNeed(action);
  return need !== null && action.note.trim() === '' ? noteMissingText[need] : null;
}
