/**
 * The plan list decides in SQL what the access policy decides in memory: on the demo data (every
 * demo user, through the API) and on a small national set (every scope it has), the plans listed
 * are exactly those `can(actor, 'plan.read', planTarget(plan))` allows. And paging through any of
 * its orders with the cursor gives every visible plan exactly once, in that order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { can } from '../../src/domain/authorization.ts';
import type { Actor } from '../../src/domain/roles.ts';
import { planSorts } from '../../src/domain/plans.ts';
import type { PlanListItem } from '../../src/domain/schemas/plans.ts';
import { compareCodePoints, danishSortKey } from '../../src/domain/sort-key.ts';
import { listPlans } from '../../src/server/features/plans/list-plans.ts';
import { findPlans, planTarget } from '../../src/server/features/plans/queries.ts';
import { demoUsers } from '../../src/server/seed/seed.ts';
import { seedNational } from '../../src/server/seed/national/seed-national.ts';
import { useTestApp } from '../helpers/app.ts';
import { onPostgres } from '../helpers/db.ts';

const t = useTestApp({ plans: true });
type Seen = { id: string; estates: { housingOrganisationId: string }[]; plan: Parameters<typeof planTarget>[0]['plan'] };
let plans: Seen[];

beforeAll(async () => {
  await seedNational(t.db, { seed: 7, scale: 0.05, engine: onPostgres ? 'postgres' : 'pglite' });
  const ids = (await t.db.selectFrom('plan').select('id').execute()).map((p) => p.id);
  plans = [...(await findPlans(t.db, ids, { include: ['estates'] })).values()].map((d) => ({ id: d.plan.id, estates: d.estates, plan: d.plan }));
}, 180_000);

const readable = (actor: Actor) => plans.filter((d) => can(actor, 'plan.read', planTarget(d))).map((d) => d.id).sort();

/** Every item of the list in `sort`, following the cursor `limit` at a time. */
async function walk(actor: Actor, sort: (typeof planSorts)[number], limit: number, filter: Record<string, string> = {}) {
  const items: PlanListItem[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await listPlans(t.db, actor, { ...filter, sort }, { limit, cursor });
    items.push(...page.items);
    expect(page.totals.count).toBeGreaterThanOrEqual(items.length);
    cursor = page.next;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

const none = { municipalityId: null, administrationId: null, housingOrganisationId: null, urbanAreaId: null };
const actor = (role: Actor['role'], scope: Partial<Actor['scope']> = {}): Actor => ({ userId: crypto.randomUUID(), role, scope: { ...none, ...scope } });

describe('who sees which plan: the SQL list and the access policy agree', () => {
  it('for every demo user, through the API', async () => {
    const users = await t.db.selectFrom('appUser').select(['email', 'id', 'role', 'municipalityId', 'administrationId', 'housingOrganisationId', 'urbanAreaId']).where('demo', '=', true).execute();
    expect(new Set(users.map((u) => u.role)).size).toBe(6);
    for (const { email } of demoUsers) {
      const u = users.find((x) => x.email === email)!;
      const session = await t.signIn(email);
      const res = await session.request({ method: 'GET', url: '/api/plans?limit=500' });
      expect(res.statusCode, email).toBe(200);
      const listed = (res.json().items as PlanListItem[]).map((i) => i.id).sort();
      const scope = { municipalityId: u.municipalityId, administrationId: u.administrationId, housingOrganisationId: u.housingOrganisationId, urbanAreaId: u.urbanAreaId };
      expect(listed, email).toEqual(readable({ userId: u.id, role: u.role, scope }));
      expect(res.json().totals.count, email).toBe(listed.length);
    }
  });

  it('for every scope of the national set and the demo, and for roles missing their scope', async () => {
    const municipalities = (await t.db.selectFrom('municipality').select('id').execute()).map((r) => r.id);
    const organisations = (await t.db.selectFrom('housingOrganisation').select('id').execute()).map((r) => r.id);
    const areas = (await t.db.selectFrom('urbanArea').select('id').execute()).map((r) => r.id);
    const actors = [
      actor('fund_officer'),
      actor('researcher'),
      ...municipalities.flatMap((municipalityId) => [actor('admin', { municipalityId }), actor('case_worker', { municipalityId })]),
      ...organisations.map((housingOrganisationId) => actor('housing_staff', { housingOrganisationId })),
      ...areas.map((urbanAreaId) => actor('forum_member', { urbanAreaId })),
      ...(['admin', 'case_worker', 'housing_staff', 'forum_member'] as const).map((role) => actor(role)),
    ];
    let seen = 0;
    for (const a of actors) {
      const { items } = await walk(a, 'name', 500);
      const expected = readable(a);
      expect(items.map((i) => i.id).sort(), `${a.role} ${JSON.stringify(a.scope)}`).toEqual(expected);
      seen += expected.length;
    }
    // The set makes the comparison mean something: staff of organisations that own estates in
    // other organisations' plans, and many plans in all.
    const ownersOnly = plans.filter((d) => d.estates.some((e) => e.housingOrganisationId !== d.plan.housingOrganisationId));
    expect(ownersOnly.length).toBeGreaterThan(0);
    expect(plans.length).toBeGreaterThan(35);
    expect(seen).toBeGreaterThan(plans.length);
  });

  it('filters by organisation as the lead or the owner of an estate', async () => {
    const fund = actor('fund_officer');
    for (const housingOrganisationId of [...new Set(plans.flatMap((d) => d.estates.map((e) => e.housingOrganisationId)))]) {
      const { items } = await walk(fund, 'name', 500, { housingOrganisationId });
      const expected = plans.filter((d) => d.plan.housingOrganisationId === housingOrganisationId || d.estates.some((e) => e.housingOrganisationId === housingOrganisationId));
      expect(items.map((i) => i.id).sort()).toEqual(expected.map((d) => d.id).sort());
    }
  });
});

/** The order the list documents: the sort's value, then the name (Danish order), then the id. */
function expectedOrder(items: PlanListItem[], sort: (typeof planSorts)[number]): string[] {
  const key = sort.replace(/^-/, '');
  const dir = sort.startsWith('-') ? -1 : 1;
  const value = (i: PlanListItem): string | number =>
    key === 'startDate' ? i.startDate : key === 'frame' ? i.frameOre : key === 'municipalShare' ? i.municipalShareBp : key === 'status' ? i.status : '';
  const cmp = (a: string | number, b: string | number) => (typeof a === 'number' && typeof b === 'number' ? a - b : compareCodePoints(String(a), String(b)));
  const byName = (a: PlanListItem, b: PlanListItem) => compareCodePoints(danishSortKey(a.name), danishSortKey(b.name));
  return [...items]
    .sort((a, b) =>
      key === 'name' ? dir * (byName(a, b) || cmp(a.id, b.id)) : dir * cmp(value(a), value(b)) || byName(a, b) || cmp(a.id, b.id),
    )
    .map((i) => i.id);
}

describe('paging with the cursor', () => {
  it('gives every visible plan exactly once, in the order of each sort, for any page size', async () => {
    const staffWithMost = [...plans.reduce((m, d) => m.set(d.plan.housingOrganisationId, (m.get(d.plan.housingOrganisationId) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]![0];
    const actors = [actor('fund_officer'), actor('researcher'), actor('housing_staff', { housingOrganisationId: staffWithMost })];
    for (const a of actors) {
      const visible = readable(a);
      for (const sort of planSorts) {
        const whole = await walk(a, sort, 500);
        expect(whole.pages).toBe(1);
        for (const limit of [1, 4, 9]) {
          const paged = await walk(a, sort, limit);
          const ids = paged.items.map((i) => i.id);
          expect(ids, `${a.role} ${sort} by ${limit}`).toEqual(expectedOrder(whole.items, sort));
          expect(new Set(ids).size).toBe(ids.length);
          expect([...ids].sort()).toEqual(visible);
          expect(paged.pages).toBe(Math.max(1, Math.ceil(ids.length / limit)));
        }
      }
    }
    // Orders with ties on their value (drafts without a budget, plans in one status) are tested.
    const all = (await walk(actors[0]!, 'frame', 500)).items;
    expect(new Set(all.map((i) => i.frameOre)).size).toBeLessThan(all.length);
  }, 120_000);

  it('refuses a cursor of another order or a made-up one (400)', async () => {
    const fund = await t.signIn('fond@demo.example');
    const first = (await fund.request({ method: 'GET', url: '/api/plans?limit=2&sort=-startDate' })).json();
    expect((await fund.request({ method: 'GET', url: `/api/plans?limit=2&sort=-startDate&cursor=${first.next}` })).statusCode).toBe(200);
    expect((await fund.request({ method: 'GET', url: `/api/plans?limit=2&sort=startDate&cursor=${first.next}` })).statusCode).toBe(400);
    const forged = Buffer.from(JSON.stringify(['-startDate', { x: 1 }, 'a', 'b'])).toString('base64url');
    expect((await fund.request({ method: 'GET', url: `/api/plans?limit=2&sort=-startDate&cursor=${forged}` })).statusCode).toBe(400);
  });
});
