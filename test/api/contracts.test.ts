import { describe, expect, it } from 'vitest';
import { can } from '../../src/domain/authorization.ts';
import type { Actor } from '../../src/domain/roles.ts';
import { approveContractsWithPlans } from '../../src/server/features/contracts/approve-contracts-with-plans.ts';
import { listContracts } from '../../src/server/features/contracts/list-contracts.ts';
import { contractTarget, loadContracts } from '../../src/server/features/contracts/queries.ts';
import { useTestApp } from '../helpers/app.ts';
import { cleanPlanVia, decide, driveTo, loadApprovalRefs, signInActors } from '../helpers/approval.ts';
import { type Refs, loadRefs } from '../helpers/plans.ts';
import { auditCount, auditOf, cachedSignIn, expectProblem, ifMatch } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);

type Contract = {
  id: string;
  version: number;
  status: string;
  draft: Record<string, unknown> | null;
  current: { number: number; content: Record<string, unknown> } | null;
  revisionCount: number;
  findings: { rule: string; severity: string }[];
};

let refs: Refs | undefined;
async function ctx() {
  refs ??= await loadRefs(t);
  const db = t.db;
  const group = async (area: string) =>
    (await db
      .selectFrom('workingGroup')
      .innerJoin('forum', 'forum.id', 'workingGroup.forumId')
      .innerJoin('urbanArea', 'urbanArea.id', 'forum.urbanAreaId')
      .select('workingGroup.id')
      .where('urbanArea.name', '=', area)
      .orderBy('workingGroup.name')
      .executeTakeFirstOrThrow()).id;
  const org = async (name: string) => (await db.selectFrom('housingOrganisation').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const forum = async (area: string) =>
    (await db.selectFrom('forum').innerJoin('urbanArea', 'urbanArea.id', 'forum.urbanAreaId').select('forum.id').where('urbanArea.name', '=', area).executeTakeFirstOrThrow()).id;
  return {
    ...refs,
    norrebroGroup: await group('Nørrebro'),
    bispebjergGroup: await group('Bispebjerg'),
    norrebroForum: await forum('Nørrebro'),
    threeB: await org('3B'),
  };
}

const body = (c: Awaited<ReturnType<typeof ctx>>, area: number, over: Record<string, unknown> = {}) => ({
  urbanAreaId: c.norrebro,
  interventionAreaId: c.areaIds[area - 1],
  workingGroupId: c.norrebroGroup,
  content: {
    parties: { administrationIds: [c.buf, c.bif], housingOrganisationIds: [c.fsb] },
    purpose: 'Flere unge i uddannelse og job',
    goals: ['Flere unge i uddannelse'],
    tasks: [{ party: { kind: 'administration', id: c.buf }, task: 'Lektiecafé i samarbejde med skolen' }],
    municipalPart: [{ kind: 'staff', description: 'UU-vejleder', administrationId: c.buf, hoursPerYear: 800, amountOrePerYear: null }],
    contactPersons: [{ name: 'Anne Holm', role: 'Formand' }],
    validFrom: '2013-01-01',
    validTo: '2016-12-31',
    revisionClause: 'Kontrakten revideres årligt af Boligsocialt Forum.',
  },
  ...over,
});

const rulesOf = (res: { json: () => unknown }) => ((res.json() as { violations?: { rule: string }[] }).violations ?? []).map((v) => v.rule);

/** Shared across the tests of this file, in order: the first Nørrebro contract. */
let first: Contract;

describe('POST /api/contracts', () => {
  it('lets a forum member of the area draft a contract, audited, with a rule report', async () => {
    const c = await ctx();
    const member = await signIn('forum@demo.example');
    const res = await member.request({ method: 'POST', url: '/api/contracts', payload: body(c, 1) });
    expect(res.statusCode, res.body).toBe(201);
    first = res.json() as Contract;
    expect(res.headers.etag).toBe('"1"');
    expect(first).toMatchObject({ status: 'draft', version: 1, current: null, revisionCount: 0 });
    expect(first.draft).toMatchObject({ purpose: 'Flere unge i uddannelse og job', activities: [] });
    expect(first.findings).toEqual([]);
    expect((await member.request({ method: 'GET', url: `/api/contracts/${first.id}` })).json()).toEqual(first);
    expect((await auditOf(t.db, first.id)).map((e) => [e.action, e.resourceType])).toEqual([['create', 'contract']]);
  });

  it('refuses a second contract for the same pair, an area without municipal interface, and foreign working groups or parties (422 with the rule id)', async () => {
    const c = await ctx();
    const member = await signIn('forum@demo.example');
    const before = await auditCount(t.db);
    const post = (payload: Record<string, unknown>) => member.request({ method: 'POST', url: '/api/contracts', payload, headers: { 'accept-language': 'en' } });

    const dup = await post(body(c, 1));
    expectProblem(dup, 422);
    expect(rulesOf(dup)).toEqual(['CON-PER-AREA']);
    const image = await post(body(c, 7));
    expectProblem(image, 422);
    expect(rulesOf(image)).toEqual(['CON-MUNICIPAL-INTERFACE']);
    expect(image.json().violations[0].message).toContain('no interface to municipal core operations');
    const residents = await post(body(c, 6));
    expect(rulesOf(residents)).toEqual(['CON-MUNICIPAL-INTERFACE']);
    expect(rulesOf(await post(body(c, 2, { workingGroupId: c.bispebjergGroup })))).toEqual(['CON-WORKING-GROUP']);
    const parties = await post(body(c, 2, { content: { parties: { administrationIds: [c.buf], housingOrganisationIds: [c.threeB] } } }));
    expectProblem(parties, 422);
    expect(parties.json().violations).toMatchObject([{ rule: 'CON-PARTIES', path: 'body.content.parties.housingOrganisationIds.0' }]);
    expect(rulesOf(await post(body(c, 2, { content: { validFrom: '2014-01-01', validTo: '2013-12-31' } })))).toEqual(['CON-VALIDITY']);
    expect(rulesOf(await post(body(c, 2, { content: { activities: [{ activityId: crypto.randomUUID(), note: '' }] } })))).toEqual(['REFERENCE']);
    expect(rulesOf(await post(body(c, 2, { urbanAreaId: crypto.randomUUID() })))).toEqual(['REFERENCE']);
    // Contact persons are a name and a role, nothing more.
    expectProblem(await post(body(c, 2, { content: { contactPersons: [{ name: 'A', role: 'B', phone: '12345678' }] } })), 400);
    expect(await auditCount(t.db)).toBe(before);
  });

  it('authorizes by role and scope', async () => {
    const c = await ctx();
    const member = await signIn('forum@demo.example');
    const bispebjerg = { urbanAreaId: c.bispebjerg, workingGroupId: c.bispebjergGroup };
    expectProblem(await member.request({ method: 'POST', url: '/api/contracts', payload: body(c, 1, bispebjerg) }), 403);
    for (const email of ['forsker@demo.example', 'boligorganisation@demo.example', 'fond@demo.example']) {
      expectProblem(await (await signIn(email)).request({ method: 'POST', url: '/api/contracts', payload: body(c, 1, bispebjerg) }), 403);
    }
    const caseWorker = await signIn('sagsbehandler@demo.example');
    const res = await caseWorker.request({
      method: 'POST',
      url: '/api/contracts',
      payload: body(c, 1, { ...bispebjerg, content: { parties: { administrationIds: [c.buf], housingOrganisationIds: [c.aab] } } }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json() as Contract;

    // A draft: the municipality and the area's forum members and housing organisations read it.
    expect((await member.request({ method: 'GET', url: `/api/contracts/${first.id}` })).statusCode).toBe(200);
    expectProblem(await member.request({ method: 'GET', url: `/api/contracts/${draft.id}` }), 404);
    const fsb = await signIn('boligorganisation@demo.example');
    expect((await fsb.request({ method: 'GET', url: `/api/contracts/${first.id}` })).statusCode).toBe(200);
    const researcher = await signIn('forsker@demo.example');
    expectProblem(await researcher.request({ method: 'GET', url: `/api/contracts/${first.id}` }), 404);
    expect((await researcher.request({ method: 'GET', url: '/api/contracts' })).json().items).toEqual([]);
    const officer = await signIn('fond@demo.example');
    const all = (await officer.request({ method: 'GET', url: '/api/contracts' })).json().items as Contract[];
    expect(all.map((x) => x.id).sort()).toEqual([first.id, draft.id].sort());
    const mine = (await member.request({ method: 'GET', url: `/api/contracts?urbanAreaId=${c.norrebro}&status=draft` })).json().items as Contract[];
    expect(mine.map((x) => x.id)).toEqual([first.id]);
    expect(
      (await officer.request({ method: 'GET', url: `/api/contracts?interventionAreaId=${c.areaIds[0]}&urbanAreaId=${c.bispebjerg}` })).json().items.map((x: Contract) => x.id),
    ).toEqual([draft.id]);
    expectProblem(await officer.request({ method: 'GET', url: '/api/contracts?status=superseded' }), 400);
  });
});

describe('PATCH /api/contracts/:id', () => {
  it('changes the draft with If-Match (428 without, 412 when stale), audited', async () => {
    const member = await signIn('forum@demo.example');
    const url = `/api/contracts/${first.id}`;
    const patch = { content: { purpose: 'Flere unge i uddannelse' } };
    expectProblem(await member.request({ method: 'PATCH', url, payload: patch }), 428);
    expectProblem(await member.request({ method: 'PATCH', url, payload: patch, headers: ifMatch(first.version + 5) }), 412);
    const ok = await member.request({ method: 'PATCH', url, payload: patch, headers: ifMatch(first.version) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe(`"${first.version + 1}"`);
    expect(ok.json().draft).toMatchObject({ purpose: 'Flere unge i uddannelse', goals: ['Flere unge i uddannelse'] });
    first = ok.json() as Contract;
    expect((await member.request({ method: 'GET', url })).json()).toEqual(first);
    expectProblem(await member.request({ method: 'PATCH', url, payload: patch, headers: ifMatch(first.version - 1) }), 412);
    expect((await auditOf(t.db, first.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });
});

describe('approval with the plans and forum revisions', () => {
  it('approves a draft only when the City Council decision names it: revision 1 frozen with its date and reference', async () => {
    const c = await ctx();
    const r = await loadApprovalRefs(t);
    const actors = await signInActors(t);
    const blaagaarden = (await t.db.selectFrom('estate').select('id').where('name', '=', 'Blågården').executeTakeFirstOrThrow()).id;
    const plan = await cleanPlanVia(actors.staff, r, { urbanAreaId: c.norrebro, estateIds: [blaagaarden] });
    const atFinance = await driveTo(actors, r, plan.id, plan.version, 'finance_committee');
    // Only the City Council's approval names contracts.
    const byFinance = await decide(actors.admin, plan.id, atFinance, { body: 'finance_committee', decidedOn: '2012-12-11', contractIds: [first.id] });
    expectProblem(byFinance, 422);
    expect(rulesOf(byFinance)).toEqual(['APP-CONTRACTS-WITH-PLANS']);
    const atCouncil = await driveTo(actors, r, plan.id, atFinance, 'city_council');
    // A contract of another area is refused, and nothing of the decision is kept.
    const bispebjergDraft = (await t.db.selectFrom('contract').select('id').where('urbanAreaId', '=', c.bispebjerg).where('status', '=', 'draft').executeTakeFirstOrThrow()).id;
    const other = await decide(actors.caseWorker, plan.id, atCouncil, { body: 'city_council', decidedOn: '2013-03-14', contractIds: [first.id, bispebjergDraft] });
    expectProblem(other, 422);
    expect((other.json() as { violations: { rule: string; path: string }[] }).violations).toEqual([expect.objectContaining({ rule: 'APP-CONTRACTS-WITH-PLANS', path: 'body.contractIds.1' })]);
    expect(await t.db.selectFrom('decision').select('id').where('planId', '=', plan.id).where('body', '=', 'city_council').execute()).toEqual([]);

    const br = await decide(actors.caseWorker, plan.id, atCouncil, { body: 'city_council', decidedOn: '2013-03-14', reference: 'BR 14.03.2013, pkt. 12', contractIds: [first.id] });
    expect(br.statusCode, br.body).toBe(201);
    const decision = br.json().items.find((d: { body: string }) => d.body === 'city_council');
    expect(decision.contracts).toEqual([{ id: first.id, interventionAreaNumber: 1, interventionAreaName: expect.any(String) }]);
    const officer = await signIn('fond@demo.example');
    const res = await officer.request({ method: 'GET', url: `/api/contracts/${first.id}` });
    const contract = res.json() as Contract & { current: { adoptedBy: string; decisionDate: string; decisionReference: string } };
    expect(contract).toMatchObject({ status: 'approved', draft: null, revisionCount: 1, version: first.version + 1 });
    expect(contract.current).toMatchObject({ number: 1, adoptedBy: 'city_council', decisionDate: '2013-03-14', decisionReference: 'BR 14.03.2013, pkt. 12', decisionId: decision.id });
    expect(contract.current.content).toMatchObject({ purpose: 'Flere unge i uddannelse' });
    first = contract;
    // Approved contracts are readable by everybody with a read role, researchers included.
    expect((await (await signIn('forsker@demo.example')).request({ method: 'GET', url: `/api/contracts/${first.id}` })).statusCode).toBe(200);
    // Named again: it is approved already.
    const again = t.db
      .transaction()
      .execute((trx) =>
        approveContractsWithPlans(trx, { actor: null, requestId: 'test' }, c.norrebro, { id: decision.id, body: 'city_council', outcome: 'approved', decidedOn: '2013-04-01', reference: 'x', contractIds: [first.id] }),
      );
    await expect(again).rejects.toMatchObject({ violations: [expect.objectContaining({ rule: 'APP-CONTRACTS-WITH-PLANS' })] });
    // The database itself refuses a City Council version that its decision does not name.
    const unnamed = t.db
      .insertInto('contractRevision')
      .values({ contractId: bispebjergDraft, number: 1, content: '{}', adoptedBy: 'city_council', decisionDate: '2013-03-14', decisionReference: 'x', decisionId: decision.id })
      .execute();
    await expect(unnamed).rejects.toThrow(/APP-CONTRACTS-WITH-PLANS/);
  });

  it('refuses to edit the draft of an approved contract and to revise a draft (CON-REVISION)', async () => {
    const member = await signIn('forum@demo.example');
    const locked = await member.request({ method: 'PATCH', url: `/api/contracts/${first.id}`, payload: { content: { purpose: 'x' } }, headers: ifMatch(first.version) });
    expectProblem(locked, 409);
    expect(rulesOf(locked)).toEqual(['CON-REVISION']);
    const c = await ctx();
    const draft = await member.request({ method: 'POST', url: '/api/contracts', payload: body(c, 2) });
    expect(draft.statusCode, draft.body).toBe(201);
    const revise = await member.request({
      method: 'POST',
      url: `/api/contracts/${draft.json().id}/revisions`,
      payload: { decisionDate: '2013-05-01', decisionReference: 'Forum 1/2013', content: {} },
      headers: ifMatch(1),
    });
    expectProblem(revise, 409);
    expect(rulesOf(revise)).toEqual(['CON-REVISION']);
  });

  it('lets the forum adopt a revision: a new version with its decision; If-Match, role and date checked; audited', async () => {
    const c = await ctx();
    const member = await signIn('forum@demo.example');
    const url = `/api/contracts/${first.id}/revisions`;
    const payload = { decisionDate: '2014-02-03', decisionReference: 'Forum Nørrebro 1/2014, pkt. 3', content: { purpose: 'Flere unge i job', goals: ['Flere unge i uddannelse', 'Flere unge i job'] } };
    expectProblem(await member.request({ method: 'POST', url, payload }), 428);
    expectProblem(await member.request({ method: 'POST', url, payload, headers: ifMatch(first.version - 1) }), 412);
    expectProblem(await (await signIn('sagsbehandler@demo.example')).request({ method: 'POST', url, payload, headers: ifMatch(first.version) }), 403);
    const early = await member.request({ method: 'POST', url, payload: { ...payload, decisionDate: '2013-03-13' }, headers: ifMatch(first.version) });
    expectProblem(early, 422);
    expect(rulesOf(early)).toEqual(['CON-REVISION']);
    const badParty = await member.request({ method: 'POST', url, payload: { ...payload, content: { parties: { administrationIds: [c.buf], housingOrganisationIds: [c.threeB] } } }, headers: ifMatch(first.version) });
    expect(rulesOf(badParty)).toEqual(['CON-PARTIES']);

    // Two members adopting at the same moment on the same version: one wins, the other gets 412.
    const both = await Promise.all([
      member.request({ method: 'POST', url, payload, headers: ifMatch(first.version) }),
      member.request({ method: 'POST', url, payload: { ...payload, decisionReference: 'other' }, headers: ifMatch(first.version) }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 412]);
    const created = both.find((r) => r.statusCode === 201)!;
    expect(created.headers.etag).toBe(`"${first.version + 1}"`);
    expect(created.json()).toMatchObject({ number: 2, adoptedBy: 'forum', decisionDate: '2014-02-03', superseded: false });
    expect(created.json().content).toMatchObject({ purpose: 'Flere unge i job', validTo: '2016-12-31' });

    const list = await member.request({ method: 'GET', url });
    expect(list.json().items.map((r: { number: number; superseded: boolean }) => [r.number, r.superseded])).toEqual([[1, true], [2, false]]);
    expect(list.json().items[1]).toEqual(created.json());
    expect((await auditOf(t.db, first.id)).map((e) => e.action)).toEqual(['create', 'update', 'approve', 'revise']);
  });

  it('compares two versions side by side, field by field', async () => {
    const officer = await signIn('fond@demo.example');
    const res = await officer.request({ method: 'GET', url: `/api/contracts/${first.id}/revisions/compare?from=1&to=2`, headers: { 'accept-language': 'en' } });
    expect(res.statusCode, res.body).toBe(200);
    const cmp = res.json() as { changed: boolean; fields: { field: string; label: string; changed: boolean; from: unknown; to: unknown; items?: { change: string; key: string }[] }[] };
    expect(cmp.changed).toBe(true);
    expect(cmp.fields.filter((f) => f.changed).map((f) => f.field)).toEqual(['purpose', 'goals']);
    expect(cmp.fields.find((f) => f.field === 'purpose')).toMatchObject({ label: 'Purpose', from: 'Flere unge i uddannelse', to: 'Flere unge i job' });
    expect(cmp.fields.find((f) => f.field === 'goals')!.items!.map((i) => `${i.change}:${i.key}`)).toEqual(['unchanged:Flere unge i uddannelse', 'added:Flere unge i job']);
    expectProblem(await officer.request({ method: 'GET', url: `/api/contracts/${first.id}/revisions/compare?from=1&to=9` }), 404);
    expectProblem(await officer.request({ method: 'GET', url: `/api/contracts/${first.id}/revisions/compare?from=1` }), 400);
  });

  it('keeps revisions immutable in the database itself', async () => {
    await expect(t.db.updateTable('contractRevision').set({ decisionReference: 'changed' }).where('contractId', '=', first.id).execute()).rejects.toThrow(/immutable/);
    await expect(t.db.deleteFrom('contractRevision').where('contractId', '=', first.id).execute()).rejects.toThrow(/immutable/);
    const rows = await t.db.selectFrom('contractRevision').select(['number', 'decisionReference']).where('contractId', '=', first.id).orderBy('number').execute();
    expect(rows.map((r) => r.number)).toEqual([1, 2]);
  });
});

describe('GET /api/forums/:id/overview', () => {
  it('shows members, working groups, plans, contracts with history and the decisions taken', async () => {
    const c = await ctx();
    const officer = await signIn('fond@demo.example');
    const res = await officer.request({ method: 'GET', url: `/api/forums/${c.norrebroForum}/overview` });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.urbanArea.name).toBe('Nørrebro');
    expect(o.members.length).toBeGreaterThan(0);
    expect(o.workingGroups.map((g: { id: string }) => g.id)).toContain(c.norrebroGroup);
    const contract = o.contracts.find((x: { id: string }) => x.id === first.id);
    expect(contract).toMatchObject({ status: 'approved', revisionCount: 2, currentRevision: { number: 2, adoptedBy: 'forum' } });
    expect(o.decisions).toContainEqual(expect.objectContaining({ kind: 'contract_revision', date: '2014-02-03', contractId: first.id }));
    for (const p of o.plans) expect(typeof p.status).toBe('string');

    const researcher = await signIn('forsker@demo.example');
    const r = (await researcher.request({ method: 'GET', url: `/api/forums/${c.norrebroForum}/overview` })).json();
    expect(r.members).toBeNull();
    expect(r.contracts.every((x: { status: string }) => x.status === 'approved')).toBe(true);
    expectProblem(await officer.request({ method: 'GET', url: `/api/forums/${crypto.randomUUID()}/overview` }), 404);
  });
});

describe('CON-MUNICIPAL-INTERFACE cap', () => {
  it('allows the fifth contract in an area and refuses the sixth', async () => {
    const c = await ctx();
    const admin = await signIn('admin@demo.example');
    // Nørrebro has contracts for areas 1 and 2; add 3, 4 and 5.
    for (const n of [3, 4, 5]) {
      const res = await admin.request({ method: 'POST', url: '/api/contracts', payload: body(c, n) });
      expect(res.statusCode, res.body).toBe(201);
    }
    // A sixth intervention area with a municipal interface in the same catalogue (as a later period might have).
    const extra = await t.db
      .insertInto('interventionArea')
      .values({ fundingPeriodId: c.period, number: 8, name: 'Tryghed', municipalInterface: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await auditCount(t.db);
    const sixth = await admin.request({ method: 'POST', url: '/api/contracts', payload: body(c, 1, { interventionAreaId: extra.id }) });
    expectProblem(sixth, 422);
    expect(rulesOf(sixth)).toEqual(['CON-MUNICIPAL-INTERFACE']);
    expect(sixth.json().violations[0].message).toContain('højst indgås 5');
    expect(await auditCount(t.db)).toBe(before);
    // Another area is not affected.
    const bispebjerg = await admin.request({
      method: 'POST',
      url: '/api/contracts',
      payload: body(c, 1, { urbanAreaId: c.bispebjerg, workingGroupId: c.bispebjergGroup, interventionAreaId: extra.id, content: {} }),
    });
    expect(bispebjerg.statusCode, bispebjerg.body).toBe(201);
  });

  it('decides simultaneous drafts for one pair one after the other: one 201, the other CON-PER-AREA', async () => {
    const c = await ctx();
    const admin = await signIn('admin@demo.example');
    const payload = body(c, 2, { urbanAreaId: c.bispebjerg, workingGroupId: c.bispebjergGroup, content: {} });
    const both = await Promise.all([1, 2].map(() => admin.request({ method: 'POST', url: '/api/contracts', payload })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 422]);
    expect(rulesOf(both.find((r) => r.statusCode === 422)!)).toEqual(['CON-PER-AREA']);
  });
});

describe('GET /api/contracts', () => {
  it('lists exactly the contracts the access policy lets each user read, page by page in its order', async () => {
    // A draft whose party has no estate in the area (written as it stands, to reach that rule).
    const group = await t.db.selectFrom('workingGroup').innerJoin('forum', 'forum.id', 'workingGroup.forumId').select(['workingGroup.id', 'forum.urbanAreaId']).orderBy('workingGroup.id').executeTakeFirstOrThrow();
    const used = (await t.db.selectFrom('contract').select('interventionAreaId').where('urbanAreaId', '=', group.urbanAreaId).execute()).map((c) => c.interventionAreaId);
    const free = (await t.db.selectFrom('interventionArea').select('id').execute()).find((a) => !used.includes(a.id))!;
    const outsider = (await t.db.selectFrom('housingOrganisation').select('id').where('id', 'not in', t.db.selectFrom('estate').select('housingOrganisationId').where('urbanAreaId', '=', group.urbanAreaId)).executeTakeFirstOrThrow()).id;
    await t.db.insertInto('contract').values({ urbanAreaId: group.urbanAreaId, interventionAreaId: free.id, workingGroupId: group.id, draft: JSON.stringify({ parties: { administrationIds: [], housingOrganisationIds: [outsider] } }) }).execute();
    const all = await loadContracts(t.db, {});
    expect(new Set(all.map((d) => d.contract.status))).toEqual(new Set(['draft', 'approved']));
    const none = { municipalityId: null, administrationId: null, housingOrganisationId: null, urbanAreaId: null };
    const users = await t.db.selectFrom('appUser').select(['id', 'email', 'role', 'municipalityId', 'administrationId', 'housingOrganisationId', 'urbanAreaId']).where('demo', '=', true).execute();
    const organisations = (await t.db.selectFrom('housingOrganisation').select('id').execute()).map((r) => r.id);
    const areas = (await t.db.selectFrom('urbanArea').select('id').execute()).map((r) => r.id);
    const actors: Actor[] = [
      ...users.map((u) => ({ userId: u.id, role: u.role, scope: { municipalityId: u.municipalityId, administrationId: u.administrationId, housingOrganisationId: u.housingOrganisationId, urbanAreaId: u.urbanAreaId } })),
      ...organisations.map((housingOrganisationId) => ({ userId: 'x', role: 'housing_staff' as const, scope: { ...none, housingOrganisationId } })),
      ...areas.map((urbanAreaId) => ({ userId: 'x', role: 'forum_member' as const, scope: { ...none, urbanAreaId } })),
      ...(['admin', 'case_worker', 'housing_staff', 'forum_member'] as const).map((role) => ({ userId: 'x', role, scope: none })),
    ];
    const partiesOnly = all.filter((d) => d.contract.status === 'draft' && contractTarget(d).housingOrganisationIds!.some((o) => !d.areaOrganisationIds.includes(o)));
    expect(partiesOnly.length).toBeGreaterThan(0);
    for (const actor of actors) {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listContracts(t.db, actor, {}, { limit: 2, cursor });
        ids.push(...page.items.map((i) => i.id));
        cursor = page.next;
      } while (cursor);
      expect(ids, `${actor.role} ${JSON.stringify(actor.scope)}`).toEqual(all.filter((d) => can(actor, 'contract.read', contractTarget(d))).map((d) => d.contract.id));
    }
    const forum = await signIn('forum@demo.example');
    const first = await forum.request({ method: 'GET', url: '/api/contracts?limit=1' });
    expect(first.statusCode).toBe(200);
    const second = await forum.request({ method: 'GET', url: `/api/contracts?limit=1&cursor=${first.json().next}` });
    expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
    expect((await forum.request({ method: 'GET', url: '/api/contracts?cursor=1' })).statusCode).toBe(400);
  });
});
