/**
 * APP-CONTRACTS-WITH-PLANS through the decisions API: the City Council's approval of a plan approves
 * the draft contracts of the plan's urban area that it names, and only those; the timeline and the
 * stored list show them. (The rule's refusals: test/api/contracts.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { cleanPlanVia, decide, driveTo, loadApprovalRefs, signInActors } from '../helpers/approval.ts';
import { auditOf } from '../helpers/registry.ts';

const t = useTestApp();

type Contract = { id: string };

describe('APP-CONTRACTS-WITH-PLANS through the decisions API', () => {
  it("the City Council's approval of a plan approves the area's draft contracts it names, and only those", async () => {
    const r = await loadApprovalRefs(t);
    const actors = await signInActors(t);
    const officer = await t.signIn('fond@demo.example');
    const bispebjergGroup = (
      await t.db.selectFrom('workingGroup').innerJoin('forum', 'forum.id', 'workingGroup.forumId').select('workingGroup.id').where('forum.urbanAreaId', '=', r.bispebjerg).executeTakeFirstOrThrow()
    ).id;
    const c = { bispebjerg: r.bispebjerg, bispebjergGroup, areaIds: r.areaIds };
    // Two drafts the decision will name.
    for (const n of [0, 1]) {
      const res = await actors.caseWorker.request({ method: 'POST', url: '/api/contracts', payload: { urbanAreaId: c.bispebjerg, interventionAreaId: c.areaIds[n], workingGroupId: bispebjergGroup } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const drafts = (await officer.request({ method: 'GET', url: `/api/contracts?urbanAreaId=${c.bispebjerg}&status=draft` })).json().items as Contract[];
    expect(drafts).toHaveLength(2);

    const plan = await cleanPlanVia(actors.staff, r);
    const atCouncil = await driveTo(actors, r, plan.id, plan.version, 'city_council');
    expect((await officer.request({ method: 'GET', url: `/api/contracts?urbanAreaId=${c.bispebjerg}&status=draft` })).json().items).toHaveLength(drafts.length);
    // A Bispebjerg draft the decision will not name.
    const unnamed = await actors.caseWorker.request({
      method: 'POST',
      url: '/api/contracts',
      payload: { urbanAreaId: c.bispebjerg, interventionAreaId: c.areaIds[4], workingGroupId: c.bispebjergGroup },
    });
    expect(unnamed.statusCode, unnamed.body).toBe(201);
    const br = await decide(actors.caseWorker, plan.id, atCouncil, { body: 'city_council', decidedOn: '2012-12-13', contractIds: drafts.map((d) => d.id) });
    expect(br.statusCode, br.body).toBe(201);

    const decision = await t.db.selectFrom('decision').selectAll().where('planId', '=', plan.id).where('body', '=', 'city_council').executeTakeFirstOrThrow();
    for (const d of drafts) {
      const res = (await officer.request({ method: 'GET', url: `/api/contracts/${d.id}` })).json();
      expect(res).toMatchObject({ status: 'approved', draft: null, revisionCount: 1 });
      expect(res.current).toMatchObject({ number: 1, adoptedBy: 'city_council', decisionDate: decision.decidedOn, decisionReference: decision.reference, decisionId: decision.id });
      expect((await auditOf(t.db, d.id)).map((e) => e.action).at(-1)).toBe('approve');
    }
    expect((await actors.caseWorker.request({ method: 'GET', url: `/api/contracts/${unnamed.json().id}` })).json()).toMatchObject({ status: 'draft', revisionCount: 0 });
    // The timeline shows what the decision approved.
    const timeline = (await officer.request({ method: 'GET', url: `/api/plans/${plan.id}/decisions` })).json();
    expect(timeline.items.find((d: { id: string }) => d.id === decision.id).contracts.map((x: { id: string }) => x.id).sort()).toEqual(drafts.map((d) => d.id).sort());
    const stored = await t.db.selectFrom('decisionContract').select('contractId').where('decisionId', '=', decision.id).execute();
    expect(stored.map((x) => x.contractId).sort()).toEqual(drafts.map((d) => d.id).sort());
    const forum = (await t.db.selectFrom('forum').select('id').where('urbanAreaId', '=', c.bispebjerg).executeTakeFirstOrThrow()).id;
    const overview = (await officer.request({ method: 'GET', url: `/api/forums/${forum}/overview` })).json();
    expect(overview.decisions).toContainEqual(expect.objectContaining({ kind: 'plan_decision', planId: plan.id, outcome: 'approved', date: decision.decidedOn }));
    expect(overview.plans).toContainEqual(expect.objectContaining({ id: plan.id, status: 'housing_organisation_approval' }));
  });
});

