import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { auditCount, cachedSignIn, expectProblem, ifMatch, violationPaths } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);
type Event = { id: string; at: string; actorId: string | null; actorName: string | null; action: string; resourceType: string; resourceId: string; before: unknown; after: unknown };

async function renameFirstOrganisation(email: string, name: string) {
  const user = await signIn(email);
  const org = (await user.request({ method: 'GET', url: '/api/housing-organisations?q=fsb' })).json().items[0];
  const res = await user.request({ method: 'PATCH', url: `/api/housing-organisations/${org.id}`, headers: ifMatch(org.version), payload: { shortName: name } });
  expect(res.statusCode, res.body).toBe(200);
  return org.id as string;
}

describe('/api/audit-events', () => {
  it('shows who changed what, newest first, filtered by resource and actor', async () => {
    const orgId = await renameFirstOrganisation('boligorganisation@demo.example', 'FSB');
    await renameFirstOrganisation('admin@demo.example', 'fsb');
    const admin = await signIn('admin@demo.example');
    const res = await admin.request({ method: 'GET', url: `/api/audit-events?resourceType=housingOrganisation&resourceId=${orgId}` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Event[];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ action: 'update', actorName: 'Demo Administrator', after: expect.objectContaining({ shortName: 'fsb' }) });
    expect(items[1]).toMatchObject({
      actorName: 'Demo Boligsocial medarbejder (fsb)',
      before: expect.objectContaining({ shortName: 'fsb' }),
      after: expect.objectContaining({ shortName: 'FSB' }),
    });
    expect(Number(items[0]!.id)).toBeGreaterThan(Number(items[1]!.id));
    const actorId = items[1]!.actorId!;
    const byActor = await admin.request({ method: 'GET', url: `/api/audit-events?actorId=${actorId}` });
    expect((byActor.json().items as Event[]).map((e) => e.actorId)).toEqual([actorId]);
  });

  it('filters by time and paginates', async () => {
    const officer = await signIn('fond@demo.example');
    const all = (await officer.request({ method: 'GET', url: '/api/audit-events' })).json().items as Event[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    const page1 = await officer.request({ method: 'GET', url: '/api/audit-events?limit=1' });
    expect(page1.json().items).toHaveLength(1);
    const page2 = await officer.request({ method: 'GET', url: `/api/audit-events?limit=1&cursor=${page1.json().next}` });
    expect(page2.json().items[0].id).toBe(all[1]!.id);
    const future = new Date(Date.now() + 3600_000).toISOString();
    const none = await officer.request({ method: 'GET', url: `/api/audit-events?from=${encodeURIComponent(future)}` });
    expect(none.json().items).toEqual([]);
    const past = '2000-01-01T00:00:00+01:00';
    const upToPast = await officer.request({ method: 'GET', url: `/api/audit-events?to=${encodeURIComponent(past)}` });
    expect(upToPast.json().items).toEqual([]);
    const window = await officer.request({
      method: 'GET',
      url: `/api/audit-events?from=${encodeURIComponent(past)}&to=${encodeURIComponent(future)}`,
    });
    expect(window.json().items).toHaveLength(all.length);
    const bad = await officer.request({ method: 'GET', url: '/api/audit-events?from=yesterday' });
    expectProblem(bad, 400);
    expect(violationPaths(bad)).toEqual(['querystring.from']);
  });

  it('pages by keyset: every event once, newest first, whatever the page size', async () => {
    const officer = await signIn('fond@demo.example');
    // Paging through the whole trail in small pages gives every event once, newest first, also
    // across the many events of one transaction (which share their time, to the microsecond).
    await sql`insert into audit_event (at, action, resource_type, resource_id)
      select timestamptz '2024-05-01 12:00:00.123456+00', 'update', 'test', 'r' || n from generate_series(1, 9) n`.execute(t.db);
    const whole = (await officer.request({ method: 'GET', url: '/api/audit-events?limit=500' })).json();
    expect(whole.next).toBeUndefined();
    const walked: Event[] = [];
    for (let cursor: string | undefined, pages = 0; pages === 0 || cursor; pages++) {
      const page = (await officer.request({ method: 'GET', url: `/api/audit-events?limit=7${cursor ? `&cursor=${cursor}` : ''}` })).json();
      walked.push(...page.items);
      cursor = page.next;
    }
    expect(walked.map((e) => e.id)).toEqual(whole.items.map((e: Event) => e.id));
    expect(new Set(walked.map((e) => e.at)).size).toBeLessThan(walked.length);
    expect((await officer.request({ method: 'GET', url: '/api/audit-events?cursor=1' })).statusCode).toBe(400);
  });

  it('is for admins and fund officers only', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/audit-events' }), 401);
    for (const email of ['sagsbehandler@demo.example', 'boligorganisation@demo.example', 'forum@demo.example', 'forsker@demo.example']) {
      const user = await signIn(email);
      expectProblem(await user.request({ method: 'GET', url: '/api/audit-events' }), 403);
    }
  });

  it('has no route that changes or removes an event', async () => {
    const admin = await signIn('admin@demo.example');
    const id = (await admin.request({ method: 'GET', url: '/api/audit-events?limit=1' })).json().items[0].id;
    const before = await auditCount(t.db);
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const) {
      for (const url of ['/api/audit-events', `/api/audit-events/${id}`]) {
        const res = await admin.request({ method, url, headers: ifMatch(1), payload: {} });
        expect([404, 405], `${method} ${url}`).toContain(res.statusCode);
      }
    }
    expect(await auditCount(t.db)).toBe(before);
  });
});

describe('the audit trail in the database', () => {
  it('refuses UPDATE and DELETE of audit events', async () => {
    const before = await auditCount(t.db);
    expect(before).toBeGreaterThan(0);
    await expect(sql`update audit_event set action = 'forged'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(t.db.updateTable('auditEvent').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('auditEvent').execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_event`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await auditCount(t.db)).toBe(before);
    const forged = await t.db.selectFrom('auditEvent').select('id').where('action', '=', 'forged').execute();
    expect(forged).toEqual([]);
  });
});
