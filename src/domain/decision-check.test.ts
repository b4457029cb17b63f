/**
 * APP-COMMITTEE, APP-DATE and APP-COOPERATION-FIRST at their boundaries, and the dating of an
 * approved revision (`effectiveDateOf`). The route itself is tested in workflow.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { copenhagenToday, danishDate, englishDate } from './dates.ts';
import { checkDecision } from './decision-check.ts';
import type { PlanStatus } from './plans.ts';
import type { Actor, Role } from './roles.ts';
import { type DecisionAction, type DecisionFact, type Route, effectiveDateOf } from './workflow.ts';

const kk = 'kk';
const lead = 'org-lead';
const actor = (role: Role, scope: Partial<Actor['scope']> = {}): Actor => ({
  userId: role,
  role,
  scope: { municipalityId: null, administrationId: null, housingOrganisationId: null, urbanAreaId: null, ...scope },
});
const caseWorker = actor('case_worker', { municipalityId: kk });
const staff = actor('housing_staff', { housingOrganisationId: lead });
const fund = actor('fund_officer');
const tmu = { id: 'tmu', name: 'Teknik- og Miljøudvalget' };

const today = '2025-06-30';

let n = 0;
const fact = (step: DecisionFact['step'], body: DecisionFact['body'], decidedOn: string, fromStatus: PlanStatus, toStatus: PlanStatus, extra: Partial<DecisionFact> = {}): DecisionFact => ({
  id: `d${++n}`,
  step,
  body,
  committeeId: null,
  outcome: 'approved',
  decidedOn,
  fromStatus,
  toStatus,
  correctsDecisionId: null,
  ...extra,
});

/** A plan through the advisory process, ready for submission: prequalified and advised in spring 2025. */
const history: DecisionFact[] = [
  fact('prequalification_application', 'housing_organisation', '2025-01-10', 'draft', 'prequalification_applied'),
  fact('prequalification', 'fund', '2025-03-01', 'prequalification_applied', 'prequalified'),
  fact('advisory', 'fund', '2025-04-01', 'prequalified', 'advisory_process'),
];
const route = (over: { status?: PlanStatus; decisions?: DecisionFact[]; committees?: Route['committees']; cooperation?: string | null } = {}): Route => ({
  plan: {
    status: over.status ?? 'advisory_process',
    startDate: '2026-01-01',
    municipalityId: kk,
    housingOrganisationId: lead,
    cooperationAgreementDate: over.cooperation === undefined ? '2025-04-15' : over.cooperation,
    revision: null,
  },
  decisions: over.decisions ?? history,
  committees: over.committees ?? [tmu],
});
const submit = (decidedOn: string): DecisionAction => ({ body: 'housing_organisation', committeeId: null, outcome: 'approved', decidedOn });

describe('APP-COMMITTEE: a plan lists a standing committee before it is submitted', () => {
  it('refuses the submission of a plan with no committee, naming the rule', () => {
    const v = checkDecision(submit('2025-05-08'), route({ committees: [] }), staff, today);
    expect(v).toMatchObject({ ok: false, reason: 'order', rule: 'APP-COMMITTEE' });
    if (v.ok || v.reason !== 'order') throw new Error('refused');
    expect(v.message.da).toMatch(/mindst ét fagudvalg/);
    expect(v.message.en).toMatch(/at least one standing committee/);
  });
  it('allows it with one committee', () => {
    expect(checkDecision(submit('2025-05-08'), route(), staff, today)).toMatchObject({ ok: true, step: 'submission', toStatus: 'submitted_to_municipality' });
  });
  it('asks only the submission: other steps of a plan without committees are not refused by it', () => {
    const submitted = [...history, fact('submission', 'housing_organisation', '2025-05-08', 'advisory_process', 'submitted_to_municipality')];
    const v = checkDecision({ body: 'finance_committee', committeeId: null, outcome: 'approved', decidedOn: '2025-05-20' }, route({ status: 'submitted_to_municipality', decisions: submitted, committees: [] }), caseWorker, today);
    expect(v).toMatchObject({ ok: true, toStatus: 'city_council' });
  });
});

describe('APP-DATE: not after today, not before the decision it follows', () => {
  it('today is allowed, tomorrow is refused', () => {
    expect(checkDecision(submit('2025-06-30'), route(), staff, today).ok).toBe(true);
    const v = checkDecision(submit('2025-07-01'), route(), staff, today);
    expect(v).toMatchObject({ ok: false, rule: 'APP-DATE', field: 'decidedOn', message: { da: 'Beslutningen kan ikke dateres efter i dag (30. juni 2025)', en: 'The decision cannot be dated after today (30 June 2025)' } });
  });
  it('the same day as the previous decision is allowed, a day before is refused, naming it and "Ret beslutning"', () => {
    expect(checkDecision(submit('2025-04-01'), route({ cooperation: '2025-03-15' }), staff, today).ok).toBe(true);
    const v = checkDecision(submit('2025-03-31'), route({ cooperation: null }), staff, today);
    expect(v).toMatchObject({ ok: false, rule: 'APP-DATE', field: 'decidedOn' });
    if (v.ok || v.reason !== 'order') throw new Error('refused');
    expect(v.message.da).toBe(
      'Beslutningen kan ikke dateres før den foregående beslutning (Landsbyggefonden, 1. april 2025). Er den foregående beslutnings dato forkert, rettes den med "Ret beslutning"',
    );
    expect(v.message.en).toBe(
      'The decision cannot be dated before the previous decision (the fund (Landsbyggefonden), 1 April 2025). If the date of the previous decision is wrong, correct it with "Ret beslutning" (correct decision)',
    );
  });
  it('names a committee by its name, and the date in Danish ("8. maj 2025")', () => {
    const committeeRound = [
      ...history,
      fact('submission', 'housing_organisation', '2025-04-20', 'advisory_process', 'submitted_to_municipality'),
      fact('committee', 'committee', '2025-05-08', 'submitted_to_municipality', 'finance_committee', { committeeId: 'tmu' }),
    ];
    const v = checkDecision({ body: 'finance_committee', committeeId: null, outcome: 'approved', decidedOn: '2025-05-07' }, route({ status: 'finance_committee', decisions: committeeRound }), caseWorker, today);
    expect(v).toMatchObject({ ok: false, rule: 'APP-DATE', message: { da: expect.stringContaining('(Teknik- og Miljøudvalget, 8. maj 2025)') } });
  });
  it('a correction is dated against the decision before the one it corrects, without pointing at "Ret beslutning"', () => {
    const advised = history.at(-1)!;
    const correction: DecisionAction = { body: 'fund', committeeId: null, outcome: 'approved', decidedOn: '2025-02-28', correctsDecisionId: advised.id };
    const v = checkDecision(correction, route(), fund, today);
    expect(v).toMatchObject({ ok: false, rule: 'APP-DATE', message: { da: 'Beslutningen kan ikke dateres før den foregående beslutning (Landsbyggefonden, 1. marts 2025)' } });
    expect(checkDecision({ ...correction, decidedOn: '2025-03-01' }, route(), fund, today).ok).toBe(true);
    expect(checkDecision({ ...correction, decidedOn: '2025-07-01' }, route(), fund, today)).toMatchObject({ ok: false, rule: 'APP-DATE' });
  });
});

describe('APP-COOPERATION-FIRST: the cooperation is agreed on or before the submission', () => {
  it('the cooperation on the submission day is allowed, a day after is refused', () => {
    expect(checkDecision(submit('2025-05-08'), route({ cooperation: '2025-05-08' }), staff, today).ok).toBe(true);
    const v = checkDecision(submit('2025-05-08'), route({ cooperation: '2025-05-09' }), staff, today);
    expect(v).toMatchObject({ ok: false, rule: 'APP-COOPERATION-FIRST', field: 'decidedOn', message: { da: expect.stringContaining('(9. maj 2025)') } });
  });
  it('a plan without a cooperation is not refused by it (FIN-COOPERATION keeps it from municipal money)', () => {
    expect(checkDecision(submit('2025-05-08'), route({ cooperation: null }), staff, today).ok).toBe(true);
  });
  it('is asked again at a new submission after a return', () => {
    const returned = [
      ...history,
      fact('submission', 'housing_organisation', '2025-04-20', 'advisory_process', 'submitted_to_municipality'),
      fact('committee', 'committee', '2025-05-08', 'submitted_to_municipality', 'draft', { committeeId: 'tmu', outcome: 'returned' }),
    ];
    const r = route({ status: 'draft', decisions: returned, cooperation: '2025-06-01' });
    expect(checkDecision(submit('2025-05-31'), r, staff, today)).toMatchObject({ ok: false, rule: 'APP-COOPERATION-FIRST' });
    expect(checkDecision(submit('2025-06-01'), r, staff, today).ok).toBe(true);
  });
});

describe('the dating of an approved revision', () => {
  it('is the date of the decision that approved it, or of the correction that replaced it', () => {
    const ds = [
      { id: 'c1', decidedOn: '2025-05-08', correctsDecisionId: null },
      { id: 'x', decidedOn: '2025-05-20', correctsDecisionId: null },
      { id: 'c2', decidedOn: '2025-05-09', correctsDecisionId: 'c1' },
      { id: 'c3', decidedOn: '2025-05-07', correctsDecisionId: 'c2' },
    ];
    expect(effectiveDateOf('x', ds)).toBe('2025-05-20');
    expect(effectiveDateOf('c1', ds)).toBe('2025-05-07');
    expect(effectiveDateOf('c2', ds)).toBe('2025-05-07');
    expect(effectiveDateOf('missing', ds)).toBeUndefined();
  });
});

describe('dates', () => {
  it('writes a date in Danish and English', () => {
    expect(danishDate('2025-05-08')).toBe('8. maj 2025');
    expect(englishDate('2025-12-31')).toBe('31 December 2025');
  });
  it('today is the date in Copenhagen, not in UTC', () => {
    expect(copenhagenToday(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01'); // 00:30 in summer time
    expect(copenhagenToday(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31'); // 23:59 in winter time
    expect(copenhagenToday(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
  });
});
