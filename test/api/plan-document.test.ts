/**
 * GET /api/plans/:id sends the plan's stored document (features/plans/document.ts): the JSON a
 * fresh composition gives, with the version's ETag, 304 when If-None-Match names the version the
 * write composed, never a document of another version, and only to readers of the plan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentCache, documentOf } from '../../src/server/features/plans/document.ts';
import { contentParts, findPlan } from '../../src/server/features/plans/queries.ts';
import { summaryOf } from '../../src/server/features/plans/summary.ts';
import { useTestApp } from '../helpers/app.ts';
import { type Refs, createPlanVia, ifMatch, loadRefs, planBody } from '../helpers/plans.ts';

const t = useTestApp();
let r: Refs;
beforeAll(async () => {
  r = await loadRefs(t);
});

const staff = () => t.signIn('boligorganisation@demo.example'); // fsb
const fresh = async (id: string) => {
  const d = (await findPlan(t.db, id, { include: contentParts }))!;
  return JSON.parse(documentOf(d, summaryOf(d))) as Record<string, unknown>;
};

describe('GET /api/plans/:id from the stored document', () => {
  it('is the plan as composed now, with its ETag; 304 when the client holds the version', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}`;
    const read = await s.request({ method: 'GET', url });
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.headers.etag).toBe('"1"');
    expect(read.json()).toEqual(await fresh(plan.id));
    expect(read.json()).toEqual(plan);

    for (const tag of ['"1"', 'W/"1"', '"7", "1"', '*']) {
      const again = await s.request({ method: 'GET', url, headers: { 'if-none-match': tag } });
      expect(again.statusCode, tag).toBe(304);
      expect(again.headers.etag).toBe('"1"');
      expect(again.body).toBe('');
    }
    expect((await s.request({ method: 'GET', url, headers: { 'if-none-match': '"0"' } })).statusCode).toBe(200);

    const patched = await s.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { challenges: 'Nye' } });
    expect(patched.statusCode).toBe(200);
    const old = await s.request({ method: 'GET', url, headers: { 'if-none-match': '"1"' } });
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({ version: 2, challenges: 'Nye' });
    expect((await s.request({ method: 'GET', url, headers: { 'if-none-match': '"2"' } })).statusCode).toBe(304);
  });

  it('shows a registry name changed since, and answers 200 to the version the client holds (its copy has the old name)', async () => {
    const s = await staff();
    const admin = await t.signIn('admin@demo.example');
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}`;
    expect((await s.request({ method: 'GET', url })).json()).toEqual(plan); // the server now holds it in memory
    const area = await t.db.selectFrom('urbanArea').select(['id', 'version', 'name']).where('id', '=', plan.urbanAreaId as string).executeTakeFirstOrThrow();
    const renamed = await admin.request({ method: 'PATCH', url: `/api/urban-areas/${area.id}`, headers: ifMatch(area.version), payload: { name: `${area.name} Nord` } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const read = await s.request({ method: 'GET', url, headers: { 'if-none-match': '"1"' } });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ version: 1, urbanAreaName: `${area.name} Nord` });
    expect(read.json()).toEqual(await fresh(plan.id));
  });

  it('never sends a document of another version, and only to those who may read the plan', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}`;
    // A document left behind (as if a write had not made it again): the plan is composed instead.
    await t.db.updateTable('planSummary').set({ document: JSON.stringify({ stale: true }), planVersion: 0 }).where('planId', '=', plan.id).execute();
    const read = await s.request({ method: 'GET', url, headers: { 'if-none-match': '"1"' } });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(await fresh(plan.id));

    const other = await t.signIn('aab@demo.example');
    expect((await other.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await (await t.signIn('fond@demo.example')).request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await (await t.signIn('forsker@demo.example')).request({ method: 'GET', url })).statusCode).toBe(404); // a draft
  });
});

describe('the documents a server holds in memory', () => {
  it('are used for the hash the row names only, and the least recently sent go first', () => {
    const cache = new DocumentCache(10);
    cache.set('a', 'h1', Buffer.from('aaaa'));
    cache.set('b', 'h1', Buffer.from('bbbb'));
    expect(cache.get('a', 'h1')?.toString()).toBe('aaaa');
    expect(cache.get('a', 'h2')).toBeUndefined();
    cache.set('c', 'h1', Buffer.from('cccc')); // b was sent least recently
    expect(cache.get('b', 'h1')).toBeUndefined();
    expect(cache.get('a', 'h1')?.toString()).toBe('aaaa');
    expect(cache.bytes).toBe(8);
    cache.set('a', 'h2', Buffer.from('AAAAAA'));
    expect(cache.get('a', 'h1')).toBeUndefined();
    expect(cache.bytes).toBeLessThanOrEqual(10);
    cache.set('d', 'h1', Buffer.from('x'.repeat(11))); // larger than the whole cache
    expect(cache.get('d', 'h1')).toBeUndefined();
  });
});
