/**
 * The approval history of every synthetic plan: decisions along the route of src/domain/workflow.ts,
 * each one checked by the domain's own `checkDecision` before it is kept (a decision the route would
 * refuse stops the seed with an error), dated in the route's order and never after `today`. Plans
 * whose next step would lie after `today` stop there, so recent plans are still on their way.
 * At the fund's commitment the plan's content is frozen as revision 1, as the API does.
 */
import type { PlanStatus } from '../../../domain/plans.ts';
import type { PlanContent } from '../../../domain/revisions.ts';
import { checkDecision } from '../../../domain/decision-check.ts';
import type { DecisionBody, DecisionFact, DecisionOutcome, Step } from '../../../domain/workflow.ts';
import { municipalityCode } from './catalogue.ts';
import { type PlanBundle, addDays, stamp } from './plans.ts';
import { random, syntheticId } from './random.ts';
import type { Registry } from './registry.ts';

/** The data set's "today": nothing is decided after it, whatever day the seed runs. */
export const syntheticToday = '2025-06-30';

export type DecisionRow = {
  id: string;
  planId: string;
  step: Step;
  body: DecisionBody;
  committeeId: string | null;
  outcome: DecisionOutcome;
  decidedOn: string;
  reference: string;
  note: string;
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  correctsDecisionId: null;
  documentId: null;
  enteredBy: null;
  enteredAt: string;
};

export type PlanRevisionRow = {
  id: string;
  planId: string;
  number: number;
  kind: 'approved';
  status: 'approved';
  baseStatus: null;
  reason: string;
  snapshot: PlanContent;
  decisionId: string;
  createdBy: null;
  createdAt: string;
  approvedAt: string;
};

const note = 'Syntetisk beslutning: dato og reference er opdigtet.';

/** Decides every plan's route; sets each plan's status, version and updatedAt. */
export function generateRoutes(seed: number, bundles: PlanBundle[], registry: Registry): { decisions: DecisionRow[]; revisions: PlanRevisionRow[] } {
  const r = random(seed, 'routes');
  const committeeById = new Map(registry.committees.map((c) => [c.id, c]));
  const organisationName = new Map(registry.housingOrganisations.map((o) => [o.id, o.name]));
  const municipalityIndex = new Map(registry.municipalities.map((m, i) => [m.id, i]));
  const decisions: DecisionRow[] = [];
  const revisions: PlanRevisionRow[] = [];

  for (const [i, b] of bundles.entries()) {
    const { plan } = b;
    const code = municipalityCode(municipalityIndex.get(b.area.municipalityId)!);
    const committees = b.committeeIds.map((id) => ({ id, name: committeeById.get(id)!.name }));
    const facts: DecisionFact[] = [];
    let status: PlanStatus = 'draft';
    let cursor = addDays(plan.startDate, -r.int(560, 680));
    let stopped = false;
    // The cooperation is agreed while the plan is prepared: after the first step, before submission
    // (APP-COOPERATION-FIRST: at most 150 days after it, and the submission comes 175 days or more after it).
    if (plan.cooperationAgreementDate !== null) {
      const agreed = addDays(cursor, r.int(90, 150));
      plan.cooperationAgreementDate = agreed < syntheticToday ? agreed : syntheticToday;
    }

    /** Records one decision `gap` days after the previous one; false (and the route stops) if that is after today. */
    const decide = (body: DecisionBody, committeeId: string | null, outcome: DecisionOutcome, gap: number, what: string): boolean => {
      if (stopped) return false;
      const decidedOn = addDays(cursor, gap);
      if (decidedOn > syntheticToday) {
        stopped = true;
        return false;
      }
      const route = {
        plan: { status, startDate: plan.startDate, municipalityId: b.area.municipalityId, housingOrganisationId: plan.housingOrganisationId, cooperationAgreementDate: plan.cooperationAgreementDate, revision: null },
        decisions: facts,
        committees,
      };
      const verdict = checkDecision({ body, committeeId, outcome, decidedOn, correctsDecisionId: null }, route, null, syntheticToday);
      if (!verdict.ok) {
        const why = verdict.reason === 'forbidden' ? 'forbidden' : verdict.message.en;
        throw new Error(`National seed: the route of ${plan.name} refuses ${body} ${outcome} on ${decidedOn}: ${why}`);
      }
      const n = facts.length;
      const row: DecisionRow = {
        id: syntheticId(seed, 'decision', `${i}:${n}`),
        planId: plan.id,
        step: verdict.step,
        body,
        committeeId,
        outcome,
        decidedOn,
        reference: `Syntetisk: ${what} ${decidedOn}`,
        note: outcome === 'returned' ? 'Syntetisk: sendt tilbage, så budgettet kan justeres.' : note,
        fromStatus: verdict.fromStatus,
        toStatus: verdict.toStatus,
        correctsDecisionId: null,
        documentId: null,
        enteredBy: null,
        enteredAt: stamp(decidedOn, 60 * (i % 600) + n),
      };
      decisions.push(row);
      facts.push({ ...row });
      status = verdict.toStatus;
      cursor = decidedOn;
      if (verdict.step === 'fund_commitment' && outcome === 'approved') revisions.push(revisionOf(seed, b, row, organisationName));
      return status !== 'refused' && status !== 'withdrawn';
    };
    const committeeRound = (gap: number): 'done' | 'returned' | 'stopped' => {
      for (const [k, c] of committees.entries()) {
        const name = `${committeeById.get(c.id)!.abbreviation} ${code}`;
        if (k === 0 && r.chance(0.06)) {
          decide('committee', c.id, 'returned', gap, `${name}, pkt. ${r.int(3, 40)}`);
          return stopped ? 'stopped' : 'returned';
        }
        if (!decide('committee', c.id, 'approved', k === 0 ? gap : r.int(0, 14), `${name}, pkt. ${r.int(3, 40)}`)) return 'stopped';
      }
      return 'done';
    };
    /** Now and then a plan is withdrawn; true when the route ends here. */
    const withdrawHere = (): boolean => {
      if (!r.chance(0.006)) return false;
      decide('housing_organisation', null, 'withdrawn', r.int(5, 40), 'Tilbagetrækning');
      return true;
    };

    // Half the plans that start after today are still being drafted: no decision yet.
    const drafting = plan.startDate > syntheticToday && r.chance(0.5);
    run: {
      if (drafting || !decide('housing_organisation', null, 'approved', 0, 'Ansøgning om prækvalifikation')) break run;
      if (!decide('fund', null, r.chance(0.03) ? 'refused' : 'approved', r.int(45, 90), 'Landsbyggefonden, prækvalifikation')) break run;
      if (withdrawHere() || !decide('fund', null, 'approved', r.int(10, 40), 'Landsbyggefonden, rådgivningsforløb')) break run;
      if (withdrawHere() || !decide('housing_organisation', null, 'approved', r.int(120, 200), 'Helhedsplanen sendt til kommunen')) break run;
      let round = committeeRound(r.int(20, 45));
      if (round === 'returned') {
        if (!decide('housing_organisation', null, 'approved', r.int(30, 60), 'Helhedsplanen sendt til kommunen igen')) break run;
        round = committeeRound(r.int(20, 45));
      }
      if (round !== 'done' || withdrawHere()) break run;
      if (!decide('finance_committee', null, r.chance(0.02) ? 'refused' : 'approved', r.int(7, 30), `ØU ${code}, pkt. ${r.int(3, 40)}`)) break run;
      if (!decide('city_council', null, 'approved', r.int(7, 21), `KB ${code}, pkt. ${r.int(3, 40)}`)) break run;
      if (!decide('housing_board', null, 'approved', r.int(10, 40), 'Boligorganisationens bestyrelse')) break run;
      if (!decide('fund', null, r.chance(0.01) ? 'refused' : 'approved', r.int(20, 60), 'Landsbyggefondens tilsagn')) break run;
      const toStart = Math.max(1, Math.round((Date.parse(plan.startDate) - Date.parse(cursor)) / 86_400_000));
      if (!decide('housing_organisation', null, 'approved', toStart, 'Helhedsplanen sat i gang')) break run;
      const toClose = Math.round((Date.parse(plan.endDate) - Date.parse(cursor)) / 86_400_000) + r.int(60, 150);
      decide('fund', null, 'approved', toClose, 'Landsbyggefonden, helhedsplanen afsluttet');
    }

    const last = decisions.at(-1);
    plan.status = status;
    // Every write bumps the version: the plan's creation with its content, then one per decision.
    plan.version = 2 + facts.length;
    if (facts.length > 0 && last) plan.updatedAt = last.enteredAt;
  }
  return { decisions, revisions };
}

/** Revision 1 as `freezeRevision` stores it: the plan's content in the order the plan's reads give it. */
function revisionOf(seed: number, b: PlanBundle, decision: DecisionRow, organisationName: Map<string, string>): PlanRevisionRow {
  const { plan } = b;
  const byId = (a: { id: string }, c: { id: string }) => (a.id < c.id ? -1 : a.id > c.id ? 1 : 0);
  const snapshot: PlanContent = {
    plan: {
      name: plan.name,
      startDate: plan.startDate,
      endDate: plan.endDate,
      challenges: plan.challenges,
      housingOrganisationId: plan.housingOrganisationId,
      housingOrganisationName: organisationName.get(plan.housingOrganisationId)!,
      urbanAreaId: plan.urbanAreaId,
      urbanAreaName: b.area.name,
      fundingPeriodId: plan.fundingPeriodId,
      committeeIds: [...b.committeeIds].sort(),
      cooperation: { administrationIds: [...b.partnerAdministrationIds].sort(), agreementDate: plan.cooperationAgreementDate, reference: plan.cooperationReference },
    },
    estates: b.estates.map((e) => ({ id: e.id, name: e.name })),
    interventionAreas: [...b.period.areas].sort((x, y) => x.number - y.number).map((a) => ({ id: a.id, number: a.number, name: a.name })),
    goals: b.goals.map((g) => ({
      id: g.id,
      title: g.title,
      description: g.description,
      criteria: b.criteria
        .filter((c) => c.goalId === g.id)
        .map((c) => ({
          id: c.id,
          description: c.description,
          indicator: { name: c.indicatorName, unit: c.indicatorUnit, baselineValue: c.baselineValue, baselineYear: c.baselineYear },
          targets: b.targets.filter((t) => t.successCriterionId === c.id).map((t) => ({ year: t.year, value: t.value })),
        })),
    })),
    activities: b.activities.map((a) => ({
      id: a.id,
      name: a.name,
      description: a.description,
      interventionAreaId: a.interventionAreaId,
      carriedOutBy: a.carriedOutBy,
      administrationId: a.administrationId,
      goalIds: b.activityGoals.filter((x) => x.activityId === a.id).map((x) => x.goalId).sort(),
    })),
    budgetLines: [...b.budgetLines]
      .sort((x, y) => x.year - y.year || (x.interventionAreaId < y.interventionAreaId ? -1 : x.interventionAreaId > y.interventionAreaId ? 1 : 0) || (x.source < y.source ? -1 : x.source > y.source ? 1 : 0) || byId(x, y))
      .map((l) => ({ year: l.year, interventionAreaId: l.interventionAreaId, activityId: l.activityId, source: l.source, municipalPart: l.municipalPart, amountOre: l.amountOre })),
  };
  return {
    id: syntheticId(seed, 'plan_revision', plan.id),
    planId: plan.id,
    number: 1,
    kind: 'approved',
    status: 'approved',
    baseStatus: null,
    reason: '',
    snapshot,
    decisionId: decision.id,
    createdBy: null,
    createdAt: decision.enteredAt,
    approvedAt: decision.enteredAt,
  };
}
