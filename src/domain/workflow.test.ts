import { describe, expect, it } from 'vitest';
import { checkDecision as checkOn } from './decision-check.ts';
import type { PlanStatus } from './plans.ts';
import type { Actor, Role } from './roles.ts';
import {
  type DecisionAction,
  type DecisionBody,
  type DecisionFact,
  type DecisionOutcome,
  type Route,
  correctableDecision,
  correctionChangesLockedOutcome,
  correctionOutcomes,
  mayRecordFor,
  missingApprovals,
  missingNote,
  nextSteps,
  noteNeed,
  recordPermission,
} from './workflow.ts';

const kk = 'kk';
const lead = 'org-lead';
const actor = (role: Role, scope: Partial<Actor['scope']> = {}): Actor => ({
  userId: role,
  role,
  scope: { municipalityId: null, administrationId: null, housingOrganisationId: null, urbanAreaId: null, ...scope },
});
const caseWorker = actor('case_worker', { municipalityId: kk });
const admin = actor('admin', { municipalityId: kk });
const staff = actor('housing_staff', { housingOrganisationId: lead });
const fund = actor('fund_officer');
const committees = [
  { id: 'tmu', name: 'Teknik- og Miljøudvalget' },
  { id: 'buu', name: 'Børne- og Ungdomsudvalget' },
];

const route = (status: PlanStatus, decisions: readonly DecisionFact[] = [], revision: Route['plan']['revision'] = null): Route => ({
  plan: { status, startDate: '2013-01-01', municipalityId: kk, housingOrganisationId: lead, cooperationAgreementDate: null, revision },
  decisions,
  committees,
});
/** The route's dates lie in 2012–16; "today" is well after them (APP-DATE is tested in decision-check.test.ts). */
const checkDecision = (a: DecisionAction, r: Route, by: Actor | null) => checkOn(a, r, by, '2026-12-05');
const act = (body: DecisionBody, outcome: DecisionOutcome = 'approved', committeeId: string | null = null, decidedOn = '2012-12-01'): DecisionAction => ({
  body,
  committeeId,
  outcome,
  decidedOn,
});

/** Records the action on the route (it must be allowed) and returns the route after it. */
function record(r: Route, a: DecisionAction, by: Actor): Route {
  const v = checkDecision(a, r, by);
  if (!v.ok) throw new Error(`refused: ${JSON.stringify(v)}`);
  const fact: DecisionFact = {
    id: `d${r.decisions.length + 1}`,
    step: v.step,
    body: a.body,
    committeeId: a.committeeId,
    outcome: a.outcome,
    decidedOn: a.decidedOn,
    fromStatus: v.fromStatus,
    toStatus: v.toStatus,
    correctsDecisionId: a.correctsDecisionId ?? null,
  };
  return { ...r, plan: { ...r.plan, status: v.toStatus }, decisions: [...r.decisions, fact] };
}

const orderMessage = (r: Route, a: DecisionAction, by: Actor) => {
  const v = checkDecision(a, r, by);
  if (v.ok || v.reason !== 'order') throw new Error(`expected APP-ORDER, got ${JSON.stringify(v)}`);
  return v;
};

/** The main route, step by step, with the actor who records each. */
const mainRoute: [DecisionAction, Actor, PlanStatus][] = [
  [act('housing_organisation'), staff, 'prequalification_applied'],
  [act('fund'), fund, 'prequalified'],
  [act('fund'), fund, 'advisory_process'],
  [act('housing_organisation'), staff, 'submitted_to_municipality'],
  [act('committee', 'approved', 'tmu'), caseWorker, 'committee_approval'],
  [act('committee', 'approved', 'buu'), caseWorker, 'finance_committee'],
  [act('finance_committee'), admin, 'city_council'],
  [act('city_council'), caseWorker, 'housing_organisation_approval'],
  [act('housing_board'), staff, 'sent_to_fund'],
  [act('fund'), fund, 'fund_commitment'],
  [act('housing_organisation', 'approved', null, '2013-01-01'), staff, 'running'],
  [act('fund', 'approved', null, '2016-12-31'), fund, 'closed'],
];

/** The route after the first n steps of the main route. */
const after = (n: number): Route => mainRoute.slice(0, n).reduce((r, [a, by]) => record(r, a, by), route('draft'));

describe('the main route, every transition at its boundary', () => {
  it('goes from draft to closed with the right actor at each step', () => {
    let r = route('draft');
    for (const [a, by, to] of mainRoute) {
      r = record(r, a, by);
      expect(r.plan.status).toBe(to);
    }
    expect(nextSteps(r.plan, r.decisions, r.committees)).toEqual([]);
  });

  it('each step cannot be taken one step too early (APP-ORDER, or the same body\'s earlier step)', () => {
    for (let i = 1; i < mainRoute.length; i++) {
      const [a, by] = mainRoute[i]!;
      const on = checkDecision(a, after(i), by);
      if (!on.ok) throw new Error(`step ${i} refused on time`);
      const early = checkDecision(a, after(i - 1), by);
      if (mainRoute[i - 1]![0].body === 'committee' && a.body === 'committee') {
        expect(early.ok, `step ${i} (committees in any order)`).toBe(true);
        continue;
      }
      if (early.ok) expect(early.step, `step ${i}`).not.toBe(on.step);
      else expect(early, `step ${i}`).toMatchObject({ ok: false, reason: 'order', rule: 'APP-ORDER' });
    }
  });

  it('each step is refused with 403 for every role outside its decider', () => {
    const others = [caseWorker, staff, fund, actor('forum_member', { municipalityId: kk, urbanAreaId: 'ua' }), actor('researcher'), actor('housing_staff', { housingOrganisationId: 'other-org' }), actor('case_worker', { municipalityId: 'aarhus' })];
    for (let i = 0; i < mainRoute.length; i++) {
      const [a, by] = mainRoute[i]!;
      const r = after(i);
      for (const other of others) {
        const allowed = other === by || (by === caseWorker && other.role === 'case_worker' && other.scope.municipalityId === kk) || (by === admin && other === caseWorker);
        const v = checkDecision(a, r, other);
        if (allowed) expect(v.ok, `step ${i} by ${other.role}`).toBe(true);
        else expect(v, `step ${i} by ${other.role}`).toEqual({ ok: false, reason: 'forbidden' });
      }
    }
  });

  it('checkDecision tells what is possible now', () => {
    const r = after(6);
    expect(checkDecision(act('finance_committee'), r, caseWorker).ok).toBe(true);
    expect(checkDecision(act('finance_committee'), r, staff).ok).toBe(false);
    expect(checkDecision(act('city_council'), r, caseWorker).ok).toBe(false);
  });
});

describe('APP-ORDER', () => {
  it('the City Council decides only after every listed committee and ØU; the sentence names them', () => {
    const one = after(5); // TMU approved, BUU pending
    const v = orderMessage(one, act('city_council'), caseWorker);
    expect(v.message.da).toBe('Borgerrepræsentationen kan først beslutte efter Børne- og Ungdomsudvalgets godkendelse og Økonomiudvalgets godkendelse');
    expect(v.message.en).toContain('The City Council (BR) can decide only after the approval of Børne- og Ungdomsudvalget and the Finance Committee’s approval (ØU)');
    expect(orderMessage(one, act('finance_committee'), caseWorker).message.da).toContain('Børne- og Ungdomsudvalgets godkendelse');
  });

  it('the fund commits only after the City Council and the board', () => {
    const v = orderMessage(after(7), act('fund'), fund);
    expect(v.message.da).toBe(
      'Landsbyggefonden kan først beslutte efter Borgerrepræsentationens godkendelse og boligorganisationens bestyrelses godkendelse (og afsendelse til fonden)',
    );
  });

  it('a committee approves once per round; an unlisted committee is refused', () => {
    const one = after(5);
    expect(orderMessage(one, act('committee', 'approved', 'tmu'), caseWorker).message.en).toBe('Teknik- og Miljøudvalget has already approved the plan');
    expect(orderMessage(one, act('committee', 'approved', 'kfu'), caseWorker).message.en).toMatch(/not listed/);
    expect(orderMessage(one, act('committee'), caseWorker).message.en).toMatch(/not listed/);
  });

  it('committees approve in any order; without listed committees ØU follows the submission', () => {
    const r = record(after(4), act('committee', 'approved', 'buu'), caseWorker);
    expect(r.plan.status).toBe('committee_approval');
    expect(record(r, act('committee', 'approved', 'tmu'), caseWorker).plan.status).toBe('finance_committee');
    const none: Route = { ...after(4), committees: [] };
    expect(nextSteps(none.plan, none.decisions, none.committees).map((s) => s.step)).toEqual(['finance_committee', 'withdrawal']);
    expect(record(none, act('finance_committee'), caseWorker).plan.status).toBe('city_council');
  });

  it('after the last step nothing more can be decided, and a decision is not dated before the previous one (APP-DATE)', () => {
    expect(orderMessage(after(12), act('fund'), fund).message.en).toBe('The fund (Landsbyggefonden) cannot decide now: the plan is closed');
    expect(orderMessage(after(3), act('housing_organisation', 'approved', null, '2012-11-30'), staff)).toMatchObject({
      rule: 'APP-DATE',
      field: 'decidedOn',
      message: { da: expect.stringMatching(/^Beslutningen kan ikke dateres før den foregående beslutning \(Landsbyggefonden, 1\. december 2012\)/) },
    });
    expect(checkDecision(act('housing_organisation', 'approved', null, '2012-12-01'), after(3), staff).ok).toBe(true);
  });

  it('the plan starts from its start date, not a day before', () => {
    expect(orderMessage(after(10), act('housing_organisation', 'approved', null, '2012-12-31'), staff).message.da).toBe(
      'Planen kan først sættes i gang fra sin startdato 2013-01-01',
    );
  });

  it('an outcome the step does not know is refused with APP-DECISION', () => {
    expect(checkDecision(act('housing_organisation', 'refused'), route('draft'), staff)).toMatchObject({ ok: false, rule: 'APP-DECISION' });
    expect(checkDecision(act('fund', 'returned'), after(2), fund)).toMatchObject({ ok: false, rule: 'APP-DECISION' });
    expect(checkDecision(act('city_council', 'approved', 'tmu'), after(7), caseWorker)).toMatchObject({ ok: false, rule: 'APP-DECISION' });
  });
});

describe('returned, refused, withdrawn', () => {
  it('returned goes back to draft; a plan prequalified before goes straight to submission, and the committees approve again', () => {
    const returned = record(after(7), act('city_council', 'returned'), caseWorker);
    expect(returned.plan.status).toBe('draft');
    expect(nextSteps(returned.plan, returned.decisions, returned.committees).map((s) => s.step)).toEqual(['submission', 'withdrawal']);
    const again = record(returned, act('housing_organisation'), staff);
    expect(again.plan.status).toBe('submitted_to_municipality');
    expect(nextSteps(again.plan, again.decisions, again.committees).map((s) => s.committeeId)).toEqual(['tmu', 'buu', null]);
    expect(orderMessage(again, act('city_council'), caseWorker).message.da).toContain('Teknik- og Miljøudvalgets godkendelse');
  });

  it('a plan returned at prequalification applies again', () => {
    const r = record(after(1), act('fund', 'returned'), fund);
    expect(r.plan.status).toBe('draft');
    expect(nextSteps(r.plan, r.decisions, r.committees)[0]?.step).toBe('prequalification_application');
  });

  it('refused ends the route; withdrawal is possible until the commitment, not after', () => {
    const refused = record(after(1), act('fund', 'refused'), fund);
    expect(refused.plan.status).toBe('refused');
    expect(nextSteps(refused.plan, refused.decisions, refused.committees)).toEqual([]);
    expect(record(after(9), act('housing_organisation', 'withdrawn'), staff).plan.status).toBe('withdrawn');
    expect(checkDecision(act('housing_organisation', 'withdrawn'), after(10), staff)).toMatchObject({ ok: false, rule: 'APP-ORDER' });
  });

  it('submission needs the lead organisation; staff of another organisation get forbidden', () => {
    expect(checkDecision(act('housing_organisation'), after(3), actor('housing_staff', { housingOrganisationId: 'x' }))).toEqual({ ok: false, reason: 'forbidden' });
  });
});

describe('corrections', () => {
  it('a correction of the latest decision replaces it (here: approved → returned)', () => {
    const r = after(8); // BR approved: d8
    const corrected = record(r, { ...act('city_council', 'returned'), correctsDecisionId: 'd8' }, caseWorker);
    expect(corrected.plan.status).toBe('draft');
  });
  it('only the latest decision, and only by the same body', () => {
    const r = after(8);
    expect(orderMessage(r, { ...act('finance_committee'), correctsDecisionId: 'd7' }, caseWorker).message.en).toMatch(/latest effective/);
    expect(orderMessage(r, { ...act('finance_committee'), correctsDecisionId: 'd8' }, caseWorker).message.en).toMatch(/comes from the body/);
  });
});

describe('the rules of corrections and notes (the API and the approval panel ask the same functions)', () => {
  it('only the latest effective decision is correctable; after a correction, the correction is', () => {
    expect(correctableDecision([])).toBeUndefined();
    const r = after(8);
    expect(correctableDecision(r.decisions)?.id).toBe('d8');
    const corrected = record(r, { ...act('city_council', 'returned'), correctsDecisionId: 'd8' }, caseWorker);
    expect(correctableDecision(corrected.decisions)?.id).toBe('d9');
    // The web's timeline items carry more fields; the rule reads only ids and what they correct.
    const items = corrected.decisions.map((d) => ({ ...d, bodyName: 'BR', effective: d.id !== 'd8' }));
    expect(correctableDecision(items)).toBe(items[8]);
    // A correction may itself be corrected; then the decision before it is not back in play.
    const again = record(corrected, { ...act('city_council', 'approved'), correctsDecisionId: 'd9' }, caseWorker);
    expect(correctableDecision(again.decisions)?.id).toBe('d10');
  });
  it('a correction is recorded by whoever may record the body’s decisions, and for the lead organisation only its staff', () => {
    const plan = route('city_council').plan;
    expect(recordPermission(plan, 'city_council')).toEqual(['decision.municipal_body', { municipalityId: kk, housingOrganisationIds: [lead] }]);
    expect(recordPermission(plan, 'housing_board')[0]).toBe('decision.lead_organisation');
    expect(mayRecordFor(caseWorker, plan, 'city_council')).toBe(true);
    expect(mayRecordFor(actor('case_worker', { municipalityId: 'aarhus' }), plan, 'city_council')).toBe(false);
    expect(mayRecordFor(staff, plan, 'housing_board')).toBe(true);
    expect(mayRecordFor(actor('housing_staff', { housingOrganisationId: 'other-org' }), plan, 'housing_board')).toBe(false);
    expect(mayRecordFor(fund, plan, 'housing_board')).toBe(false);
  });
  it('a correction offers its step’s outcomes; an approved commitment keeps its outcome (APP-LOCK)', () => {
    expect(correctionOutcomes({ step: 'committee', outcome: 'approved' })).toEqual(['approved', 'refused', 'returned']);
    expect(correctionOutcomes({ step: 'fund_commitment', outcome: 'refused' })).toEqual(['approved', 'refused', 'returned']);
    expect(correctionOutcomes({ step: 'fund_commitment', outcome: 'approved' })).toEqual(['approved']);
    expect(correctionChangesLockedOutcome({ step: 'fund_commitment', outcome: 'approved' }, 'approved')).toBe(false);
    expect(correctionChangesLockedOutcome({ step: 'fund_commitment', outcome: 'approved' }, 'returned')).toBe(true);
    expect(correctionChangesLockedOutcome({ step: 'fund_commitment', outcome: 'refused' }, 'approved')).toBe(false);
    expect(correctionChangesLockedOutcome({ step: 'city_council', outcome: 'approved' }, 'returned')).toBe(false);
  });
  it('a return needs its reason and a correction what it corrects; any other note is optional', () => {
    expect(noteNeed({ outcome: 'approved' })).toBeNull();
    expect(noteNeed({ outcome: 'refused', correctsDecisionId: null })).toBeNull();
    expect(noteNeed({ outcome: 'returned' })).toBe('return');
    expect(noteNeed({ outcome: 'approved', correctsDecisionId: 'd8' })).toBe('correction');
    expect(noteNeed({ outcome: 'returned', correctsDecisionId: 'd8' })).toBe('correction');
    expect(missingNote({ outcome: 'approved', note: '' })).toBeNull();
    expect(missingNote({ outcome: 'returned', note: 'Budgettet mangler' })).toBeNull();
    expect(missingNote({ outcome: 'returned', note: '  ' })?.en).toBe('Give the reason for returning the plan');
    expect(missingNote({ outcome: 'approved', correctsDecisionId: 'd8', note: '' })).toEqual({ da: 'Angiv, hvad rettelsen retter', en: 'Say what the correction corrects' });
  });
});

describe('change revisions', () => {
  const revision = (base: PlanStatus) => ({ ...route('revision_draft', after(11).decisions, { baseStatus: base }) });
  it('a change goes through submission, committees, ØU, BR, the board and the fund, then resumes', () => {
    let r = revision('running');
    expect(missingApprovals(r).map((s) => s.step)).toEqual(['submission', 'committee', 'committee', 'finance_committee', 'city_council', 'housing_board', 'fund_commitment']);
    for (const [a, by] of mainRoute.slice(3, 10)) r = record(r, { ...a, decidedOn: '2014-06-01' }, by);
    expect(r.plan.status).toBe('running');
  });
  it('a change is returned, not refused or withdrawn', () => {
    const r = record(revision('fund_commitment'), { ...act('housing_organisation'), decidedOn: '2014-06-01' }, staff);
    expect(checkDecision({ ...act('committee', 'refused', 'tmu'), decidedOn: '2014-06-02' }, r, caseWorker)).toMatchObject({ ok: false, rule: 'APP-DECISION' });
    expect(record(r, { ...act('committee', 'returned', 'tmu'), decidedOn: '2014-06-02' }, caseWorker).plan.status).toBe('revision_draft');
    expect(orderMessage(r, { ...act('housing_organisation', 'withdrawn'), decidedOn: '2014-06-02' }, staff).message.en).toMatch(/cannot be withdrawn/);
  });
});

describe('missing approvals', () => {
  it('lists what is still needed and who gives it', () => {
    const r = after(5);
    expect(missingApprovals(r).map((s) => [s.step, s.committeeId, s.decider])).toEqual([
      ['committee', 'buu', 'municipality'],
      ['finance_committee', null, 'municipality'],
      ['city_council', null, 'municipality'],
      ['housing_board', null, 'lead_organisation'],
      ['fund_commitment', null, 'fund'],
    ]);
    expect(missingApprovals(after(10))).toEqual([]);
  });
});
