import { beforeAll, describe, expect, it } from 'vitest';
import { planStatuses } from '../../src/domain/plans.ts';
import { editableInWeb } from '../../src/web/features/plans/plan-access.ts';
import { useTestApp } from '../helpers/app.ts';
import { type Refs, cleanBudget, cooperation, createPlanVia, ifMatch, loadRefs, planBody } from '../helpers/plans.ts';

const t = useTestApp();
let r: Refs;
beforeAll(async () => {
  r = await loadRefs(t);
});

const staff = () => t.signIn('boligorganisation@demo.example'); // fsb
const violations = (res: { json: () => unknown }) => (res.json() as { violations?: { rule: string; path: string }[] }).violations ?? [];

describe('creating a plan', () => {
  it('housing staff create a draft plan of their organisation; it is audited', async () => {
    const s = await staff();
    const res = await s.request({ method: 'POST', url: '/api/plans', payload: planBody(r) });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    expect(res.headers.etag).toBe('"1"');
    expect(plan).toMatchObject({
      status: 'draft',
      version: 1,
      urbanAreaName: 'Bispebjerg',
      housingOrganisationName: 'fsb',
      estateIds: expect.arrayContaining([r.bispeparken, r.staerevej]),
      committeeIds: [r.tmu],
      cooperation: { inPlace: true, agreementDate: '2012-11-01' },
      budget: { frameOre: 0 },
      ruleStatus: { canSubmit: false },
    });
    const events = await t.db.selectFrom('auditEvent').selectAll().where('resourceId', '=', plan.id).execute();
    expect(events.map((e) => e.action)).toEqual(['create']);
  });

  it('admins and case workers of the municipality create plans too', async () => {
    for (const email of ['admin@demo.example', 'sagsbehandler@demo.example']) {
      const s = await t.signIn(email);
      const res = await s.request({ method: 'POST', url: '/api/plans', payload: planBody(r) });
      expect(res.statusCode, `${email}: ${res.body}`).toBe(201);
    }
  });

  it('refuses other organisations, forum members, the fund and researchers', async () => {
    const aab = await t.signIn('aab@demo.example');
    expect((await aab.request({ method: 'POST', url: '/api/plans', payload: planBody(r) })).statusCode).toBe(403);
    for (const email of ['forum@demo.example', 'fond@demo.example', 'forsker@demo.example']) {
      const s = await t.signIn(email);
      expect((await s.request({ method: 'POST', url: '/api/plans', payload: planBody(r) })).statusCode, email).toBe(403);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/plans', payload: planBody(r) })).statusCode).toBe(401);
  });

  it('names the rule and the field of a broken plan, and stores nothing', async () => {
    const s = await staff();
    const before = await t.db.selectFrom('plan').select('id').execute();
    const inverted = await s.request({ method: 'POST', url: '/api/plans', payload: planBody(r, { endDate: '2012-12-31' }) });
    expect(inverted.statusCode).toBe(422);
    expect(violations(inverted)).toEqual([expect.objectContaining({ rule: 'PLAN-PERIOD', path: 'body.endDate' })]);

    const unknown = await s.request({ method: 'POST', url: '/api/plans', payload: planBody(r, { estateIds: [r.bispeparken, crypto.randomUUID()] }) });
    expect(unknown.statusCode).toBe(422);
    expect(violations(unknown)).toEqual([expect.objectContaining({ rule: 'REFERENCE', path: 'body.estateIds.1' })]);

    // Økonomiudvalget and Borgerrepræsentationen have their own steps; they are not listed committees.
    const br = await t.db.selectFrom('committee').select('id').where('kind', '=', 'city_council').executeTakeFirstOrThrow();
    const notStanding = await s.request({ method: 'POST', url: '/api/plans', payload: planBody(r, { committeeIds: [r.tmu, br.id] }) });
    expect(notStanding.statusCode).toBe(422);
    expect(violations(notStanding)).toEqual([expect.objectContaining({ rule: 'REFERENCE', path: 'body.committeeIds.1' })]);

    const bad = await s.request({ method: 'POST', url: '/api/plans', payload: { ...planBody(r), startDate: '1. januar', estateIds: ['afd. 8'] } });
    expect(bad.statusCode).toBe(400);
    expect(violations(bad).map((v) => v.path)).toEqual(expect.arrayContaining(['body.startDate', 'body.estateIds.0']));
    expect(await t.db.selectFrom('plan').select('id').execute()).toHaveLength(before.length);
  });

  it('a draft may lack estates or a lead-owned estate; the report shows PLAN-ESTATES', async () => {
    const s = await staff();
    const notLead = await createPlanVia(s, planBody(r, { estateIds: [r.aab8] }));
    const none = await createPlanVia(s, planBody(r, { estateIds: [] }));
    const paths = async (id: string) =>
      ((await s.request({ method: 'GET', url: `/api/plans/${id}/validation` })).json().errors as { rule: string; path: string }[])
        .filter((e) => e.rule === 'PLAN-ESTATES')
        .map((e) => e.path);
    expect(await paths(notLead.id)).toEqual(['housingOrganisationId']);
    expect(await paths(none.id)).toEqual(['estateIds']);
  });

  it('warns about a plan that is not 4 years', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r, { endDate: '2015-12-31' }));
    const report = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}/validation` })).json();
    expect(report.warnings.map((w: { rule: string }) => w.rule)).toContain('PLAN-PERIOD');
  });
});

describe('editing a plan', () => {
  it('PATCH needs If-Match: 428 without, 412 stale, 200 and a new version', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}`;
    expect((await s.request({ method: 'PATCH', url, payload: { name: 'Ny' } })).statusCode).toBe(428);
    const ok = await s.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { name: 'Nyt navn', endDate: '2016-12-31' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Nyt navn', version: 2 });
    expect(ok.headers.etag).toBe('"2"');
    expect((await s.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { name: 'x' } })).statusCode).toBe(412);
  });

  it('of 10 parallel writes based on the same version exactly one wins; the rest get 412', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        s.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(1), payload: { lines: [{ year: 2013, interventionAreaId: r.areaIds[0], source: 'fund', amountOre: 100 + i }] } }),
      ),
    );
    const statuses = responses.map((res) => res.statusCode).sort();
    expect(statuses).toEqual([200, ...Array<number>(9).fill(412)]);
    const winner = responses.find((res) => res.statusCode === 200)!.json();
    const stored = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}/budget-lines` })).json();
    expect(stored).toMatchObject({ version: 2, lines: [{ amountOre: winner.lines[0].amountOre }] });
  });

  it('another organisation’s staff may read a plan with their estate, but not edit it', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r, { estateIds: [r.bispeparken, r.aab8] }));
    const aab = await t.signIn('aab@demo.example');
    expect((await aab.request({ method: 'GET', url: `/api/plans/${plan.id}` })).statusCode).toBe(200);
    expect((await aab.request({ method: 'PATCH', url: `/api/plans/${plan.id}`, headers: ifMatch(1), payload: { name: 'x' } })).statusCode).toBe(403);
  });

  it('a plan is only editable while it is a draft', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    await t.db.updateTable('plan').set({ status: 'city_council' }).where('id', '=', plan.id).execute();
    const res = await s.request({ method: 'PATCH', url: `/api/plans/${plan.id}`, headers: ifMatch(1), payload: { name: 'x' } });
    expect(res.statusCode).toBe(409);
    expect(violations(res)[0]?.rule).toBe('APP-LOCK');
  });

  it('the web shows a plan editable in exactly the statuses the API edits it (a change being drafted too)', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    let version = 1;
    for (const status of planStatuses) {
      await t.db.updateTable('plan').set({ status }).where('id', '=', plan.id).execute();
      const res = await s.request({ method: 'PATCH', url: `/api/plans/${plan.id}`, headers: ifMatch(version), payload: { challenges: `I status ${status}` } });
      expect([200, 409], `${status}: ${res.body}`).toContain(res.statusCode);
      if (res.statusCode === 200) version += 1;
      else expect(violations(res)[0]?.rule, status).toBe('APP-LOCK');
      expect(editableInWeb(status), status).toBe(res.statusCode === 200);
    }
    expect(version).toBe(3); // draft and revision_draft
  });

  it('removing the cooperation while municipal money is budgeted is refused with FIN-COOPERATION', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const put = await s.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(1), payload: { lines: cleanBudget(r) } });
    expect(put.statusCode, put.body).toBe(200);
    const res = await s.request({
      method: 'PATCH',
      url: `/api/plans/${plan.id}`,
      headers: ifMatch(2),
      payload: { cooperation: { administrationIds: [], agreementDate: null, reference: null } },
    });
    expect(res.statusCode).toBe(422);
    expect(violations(res).every((v) => v.rule === 'FIN-COOPERATION')).toBe(true);
    const after = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}` })).json();
    expect(after).toMatchObject({ version: 2, cooperation: { inPlace: true } });
  });
});

describe('goals, success criteria and targets', () => {
  it('adds a goal with criteria, bumps the plan version, and keeps target history', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}/goals`;
    const goal = {
      title: 'Flere unge i uddannelse',
      criteria: [
        {
          description: 'Andel 18–25-årige i uddannelse',
          indicator: { name: 'Unge i uddannelse', unit: '%', baselineValue: 55, baselineYear: 2012 },
          targets: [2013, 2014, 2015, 2016].map((year, i) => ({ year, value: 57 + i * 2 })),
        },
      ],
    };
    expect((await s.request({ method: 'POST', url, payload: goal })).statusCode).toBe(428);
    const created = await s.request({ method: 'POST', url, headers: ifMatch(1), payload: goal });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"2"');
    const criterionId = created.json().criteria[0].id;

    const targetUrl = `/api/plans/${plan.id}/criteria/${criterionId}/targets/2015`;
    const noReason = await s.request({ method: 'PUT', url: targetUrl, headers: ifMatch(2), payload: { value: 70 } });
    expect(noReason.statusCode).toBe(422);
    expect(violations(noReason)[0]).toMatchObject({ path: 'body.reason' });
    const changed = await s.request({ method: 'PUT', url: targetUrl, headers: ifMatch(2), payload: { value: 70, reason: 'Ny baseline fra Danmarks Statistik' } });
    expect(changed.statusCode, changed.body).toBe(200);
    const target = changed.json().targets.find((x: { year: number }) => x.year === 2015);
    expect(target).toMatchObject({ value: 70, originalValue: 61, revisions: [{ fromValue: 61, toValue: 70, reason: 'Ny baseline fra Danmarks Statistik' }] });
    expect(target.revisions[0].changedBy).toBeTruthy();
    expect(target.revisions[0].changedByName).toBe('Demo Boligsocial medarbejder (fsb)');

    const goals = await s.request({ method: 'GET', url });
    expect(goals.json()).toMatchObject({ version: 3, items: [{ title: 'Flere unge i uddannelse' }] });

    const patched = await s.request({ method: 'PATCH', url: `${url}/${created.json().id}`, headers: ifMatch(3), payload: { title: 'Uddannelse' } });
    expect(patched.statusCode).toBe(200);
    const crit = await s.request({ method: 'POST', url: `${url}/${created.json().id}/criteria`, headers: ifMatch(4), payload: { description: 'Ny', indicator: { name: 'x', unit: 'antal' } } });
    expect(crit.statusCode, crit.body).toBe(201);
    const report = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}/validation` })).json();
    expect(report.errors.filter((e: { rule: string }) => e.rule === 'PLAN-GOALS').map((e: { path: string }) => e.path)).toEqual([
      'goals.0.criteria.1.indicator.baselineValue',
      'goals.0.criteria.1.targets',
    ]);
    expect((await s.request({ method: 'DELETE', url: `/api/plans/${plan.id}/criteria/${crit.json().id}`, headers: ifMatch(5) })).statusCode).toBe(204);
    const del = await s.request({ method: 'DELETE', url: `${url}/${created.json().id}`, headers: ifMatch(6) });
    expect(del.statusCode).toBe(204);
    expect(del.headers.etag).toBe('"7"');
  });
});

describe('activities', () => {
  it('adds activities under the period’s intervention areas, linked to goals', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const goal = (await s.request({ method: 'POST', url: `/api/plans/${plan.id}/goals`, headers: ifMatch(1), payload: { title: 'Mål' } })).json();
    const url = `/api/plans/${plan.id}/activities`;
    const wrongArea = await s.request({ method: 'POST', url, headers: ifMatch(2), payload: { name: 'Lektiecafé', interventionAreaId: r.otherArea, carriedOutBy: 'plan_staff' } });
    expect(wrongArea.statusCode).toBe(422);
    expect(violations(wrongArea)).toEqual([expect.objectContaining({ rule: 'PLAN-ACTIVITY-AREA', path: 'body.interventionAreaId' })]);
    const noAdministration = await s.request({ method: 'POST', url, headers: ifMatch(2), payload: { name: 'Jobcafé', interventionAreaId: r.areaIds[1], carriedOutBy: 'both' } });
    expect(noAdministration.statusCode).toBe(400);
    const ok = await s.request({
      method: 'POST',
      url,
      headers: ifMatch(2),
      payload: { name: 'Jobcafé', interventionAreaId: r.areaIds[1], carriedOutBy: 'both', administrationId: r.bif, goalIds: [goal.id] },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ name: 'Jobcafé', goalIds: [goal.id], administrationId: r.bif });
    const patched = await s.request({ method: 'PATCH', url: `${url}/${ok.json().id}`, headers: ifMatch(3), payload: { carriedOutBy: 'plan_staff' } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ carriedOutBy: 'plan_staff', administrationId: null });
    const list = await s.request({ method: 'GET', url });
    expect(list.json().items).toHaveLength(1);
    expect((await s.request({ method: 'DELETE', url: `${url}/${ok.json().id}`, headers: ifMatch(4) })).statusCode).toBe(204);
  });
});

describe('budget and the rule report', () => {
  it('refuses municipal money without cooperation, and writes nothing', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r, { cooperation: { administrationIds: [], agreementDate: null, reference: null } }));
    const res = await s.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(1), payload: { lines: cleanBudget(r) } });
    expect(res.statusCode).toBe(422);
    expect(violations(res)[0]).toMatchObject({ rule: 'FIN-COOPERATION', path: 'body.lines.1.source' });
    const budget = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}/budget-lines` })).json();
    expect(budget).toMatchObject({ version: 1, lines: [] });
  });

  it('a municipal line names its part; a line of another period is refused', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}/budget-lines`;
    const noPart = await s.request({ method: 'PUT', url, headers: ifMatch(1), payload: { lines: [{ year: 2013, interventionAreaId: r.areaIds[0], source: 'municipal', amountOre: 1 }] } });
    expect(violations(noPart)[0]).toMatchObject({ rule: 'FIN-MUNICIPAL-SPLIT', path: 'body.lines.0.municipalPart' });
    const partOnFund = await s.request({ method: 'PUT', url, headers: ifMatch(1), payload: { lines: [{ year: 2013, interventionAreaId: r.areaIds[0], source: 'fund', municipalPart: 'contract', amountOre: 1 }] } });
    expect(partOnFund.statusCode).toBe(422);
    expect(violations(partOnFund)).toEqual([expect.objectContaining({ rule: 'FIN-MUNICIPAL-SPLIT', path: 'body.lines.0.municipalPart' })]);
    const otherPeriod = await s.request({ method: 'PUT', url, headers: ifMatch(1), payload: { lines: [{ year: 2013, interventionAreaId: r.otherArea, source: 'fund', amountOre: 1 }] } });
    expect(violations(otherPeriod)[0]).toMatchObject({ rule: 'PLAN-ACTIVITY-AREA', path: 'body.lines.0.interventionAreaId' });
    const negative = await s.request({ method: 'PUT', url, headers: ifMatch(1), payload: { lines: [{ year: 2013, interventionAreaId: r.areaIds[0], source: 'fund', amountOre: -1 }] } });
    expect(negative.statusCode).toBe(400);
    expect(violations(negative)[0]?.path).toBe('body.lines.0.amountOre');
    const float = await s.request({ method: 'PUT', url, headers: ifMatch(1), payload: { lines: [{ year: 2013, interventionAreaId: r.areaIds[0], source: 'fund', amountOre: 1.5 }] } });
    expect(float.statusCode).toBe(400);
  });

  it('shows FIN-MUNICIPAL-CAP at one øre over 12.5 %, and a clean report when fixed', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}/budget-lines`;
    const goal = {
      title: 'Mål',
      criteria: [{ description: 'K', indicator: { name: 'I', unit: '%', baselineValue: 1, baselineYear: 2012 }, targets: [2013, 2014, 2015, 2016].map((year) => ({ year, value: 2 })) }],
    };
    expect((await s.request({ method: 'POST', url: `/api/plans/${plan.id}/goals`, headers: ifMatch(1), payload: goal })).statusCode).toBe(201);
    const lines = cleanBudget(r);
    // One øre more municipal money, taken from nothing: the frame grows by one øre too, so the
    // municipal share is (M + 1) / (F + 1) > 12.5 %.
    lines[1] = { ...lines[1]!, amountOre: lines[1]!.amountOre + 1 };
    const over = await s.request({ method: 'PUT', url, headers: ifMatch(2), payload: { lines } });
    expect(over.statusCode, over.body).toBe(200);
    expect(over.json().matrix).toMatchObject({ frameOre: 4_000_000_01, bySource: { municipal: 500_000_01 } });
    const report = await s.request({ method: 'GET', url: `/api/plans/${plan.id}/validation` });
    expect(report.json()).toMatchObject({ canSubmit: false, errors: [{ rule: 'FIN-MUNICIPAL-CAP', severity: 'error', source: 'fact_sheet' }] });
    expect(report.json().errors[0].message).toMatch(/^Kommunens andel/);
    const en = await s.request({ method: 'GET', url: `/api/plans/${plan.id}/validation`, headers: { 'accept-language': 'en' } });
    expect(en.json().errors[0].message).toMatch(/^The municipal share/);

    const fixed = await s.request({ method: 'PUT', url, headers: ifMatch(3), payload: { lines: cleanBudget(r) } });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().matrix).toMatchObject({
      frameOre: 4_000_000_00,
      shareBp: { fund: 7500, municipal: 1250, housing: 1250, other: 0 },
      localShareBp: 2500,
      municipalParts: { contractOre: 424_000_00, facilitationOre: 76_000_00 },
    });
    expect(fixed.json().matrix.years).toHaveLength(4);
    const clean = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}/validation` })).json();
    expect(clean).toMatchObject({ errors: [], warnings: [], canSubmit: true, version: 4 });
    const events = await t.db.selectFrom('auditEvent').select('action').where('resourceType', '=', 'budget').where('resourceId', '=', plan.id).execute();
    expect(events).toHaveLength(2);
  });
});

describe('the plan list', () => {
  it('filters, sorts, totals the filtered set, and shows each row’s frame, share and rule status', async () => {
    const admin = await t.signIn('admin@demo.example');
    const a = await createPlanVia(admin, planBody(r, { name: 'Liste A' }));
    await admin.request({ method: 'PUT', url: `/api/plans/${a.id}/budget-lines`, headers: ifMatch(1), payload: { lines: cleanBudget(r, 2_000_000_00) } });
    const b = await createPlanVia(admin, planBody(r, { name: 'Liste B', urbanAreaId: r.osterbro, estateIds: [r.kildevaeldsgade], cooperation: cooperation(r) }));
    await admin.request({ method: 'PUT', url: `/api/plans/${b.id}/budget-lines`, headers: ifMatch(1), payload: { lines: cleanBudget(r) } });

    const res = await admin.request({ method: 'GET', url: `/api/plans?urbanAreaId=${r.osterbro}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      items: [{ name: 'Liste B', frameOre: 4_000_000_00, municipalShareBp: 1250, ruleStatus: { canSubmit: false } }],
      totals: { count: 1, frameOre: 4_000_000_00, municipalShareBp: 1250 },
    });
    const sorted = (await admin.request({ method: 'GET', url: '/api/plans?sort=-frame&status=draft' })).json();
    expect(sorted.items[0].name).toBe('Liste A');
    expect(sorted.totals.count).toBe(sorted.items.length);
    const frames = sorted.items.map((i: { frameOre: number }) => i.frameOre);
    expect(frames).toEqual([...frames].sort((x: number, y: number) => y - x));
    expect(sorted.totals.frameOre).toBe(frames.reduce((x: number, y: number) => x + y, 0));
    const paged = (await admin.request({ method: 'GET', url: '/api/plans?limit=1&status=draft&sort=-frame' })).json();
    expect(paged.items).toEqual([sorted.items[0]]);
    expect(paged.next).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(paged.totals).toEqual(sorted.totals);
    const second = (await admin.request({ method: 'GET', url: `/api/plans?limit=1&status=draft&sort=-frame&cursor=${paged.next}` })).json();
    expect(second.items).toEqual([sorted.items[1]]);
    // A cursor belongs to its order; anything else is refused.
    expect((await admin.request({ method: 'GET', url: `/api/plans?limit=1&sort=name&cursor=${paged.next}` })).statusCode).toBe(400);
    expect((await admin.request({ method: 'GET', url: '/api/plans?cursor=bm9wZQ' })).statusCode).toBe(400);
    const byOrg = (await admin.request({ method: 'GET', url: `/api/plans?housingOrganisationId=${r.aab}` })).json();
    expect(byOrg.items.every((i: { name: string }) => !i.name.startsWith('Liste'))).toBe(true);
    expect((await admin.request({ method: 'GET', url: '/api/plans?sort=bogus' })).statusCode).toBe(400);
  });

  it('shows each role only what it may read', async () => {
    const admin = await t.signIn('admin@demo.example');
    const plan = await createPlanVia(admin, planBody(r, { name: 'Synlighed' }));
    const names = async (email: string) => ((await (await t.signIn(email)).request({ method: 'GET', url: '/api/plans' })).json().items as { name: string }[]).map((i) => i.name);
    expect(await names('fond@demo.example')).toContain('Synlighed');
    expect(await names('boligorganisation@demo.example')).toContain('Synlighed');
    expect(await names('aab@demo.example')).not.toContain('Synlighed');
    expect(await names('forum@demo.example')).not.toContain('Synlighed'); // Nørrebro's forum
    expect(await names('forsker@demo.example')).not.toContain('Synlighed'); // a draft
    const researcher = await t.signIn('forsker@demo.example');
    expect((await researcher.request({ method: 'GET', url: `/api/plans/${plan.id}` })).statusCode).toBe(404);
    await t.db.updateTable('plan').set({ status: 'running' }).where('id', '=', plan.id).execute();
    expect((await researcher.request({ method: 'GET', url: `/api/plans/${plan.id}` })).statusCode).toBe(200);
    const forum = await t.signIn('forum@demo.example');
    expect((await forum.request({ method: 'GET', url: `/api/plans/${plan.id}/validation` })).statusCode).toBe(404);
  });

  it('answers unknown and malformed ids with 4xx', async () => {
    const s = await staff();
    expect((await s.request({ method: 'GET', url: `/api/plans/${crypto.randomUUID()}` })).statusCode).toBe(404);
    expect((await s.request({ method: 'GET', url: '/api/plans/nope' })).statusCode).toBe(400);
    expect((await s.request({ method: 'PATCH', url: `/api/plans/${crypto.randomUUID()}`, headers: ifMatch(1), payload: {} })).statusCode).toBe(404);
  });
});
