/**
 * A registry write answers with what it wrote: the same JSON and ETag as a read of the resource
 * right after, including what the resource shows of other rows (names, the forum, the committee).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { type Refs, loadRefs } from '../helpers/plans.ts';
import { cachedSignIn, ifMatch } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);
let r: Refs;
beforeAll(async () => {
  r = await loadRefs(t);
});

type Answer = { statusCode: number; body: string; headers: Record<string, unknown>; json: () => { id: string; version: number } };

/** The answer to a write equals a read of the written resource (under `path`) afterwards. */
async function expectAnswerIsStored(write: Answer, status: number, path: string) {
  expect(write.statusCode, write.body).toBe(status);
  const admin = await signIn('admin@demo.example');
  const read = await admin.request({ method: 'GET', url: `${path}/${write.json().id}` });
  expect(read.statusCode, read.body).toBe(200);
  expect(write.json()).toEqual(read.json());
  expect(write.headers.etag).toBe(read.headers.etag);
  return write.json();
}

/** `as`: who writes (default the municipality's admin; a funding period is the fund's, PERIOD-OWNER). */
const registry: { path: string; as?: string; create?: () => Record<string, unknown>; existing?: () => Promise<string>; patch?: () => Record<string, unknown> }[] = [
  { path: '/api/municipalities', create: () => ({ code: '159', name: 'Gladsaxe Kommune' }) },
  { path: '/api/municipalities', existing: async () => r.municipality, patch: () => ({ name: 'Københavns Kommune' }) },
  { path: '/api/urban-areas', create: () => ({ municipalityId: r.municipality, name: 'Sydhavnen' }), patch: () => ({ vulnerable: true }) },
  { path: '/api/urban-areas', existing: async () => r.bispebjerg, patch: () => ({ aliases: ['Bispebjerg/Nordvest'] }) },
  { path: '/api/housing-organisations', create: () => ({ name: 'Testboligorganisationen', shortName: 'TBO' }), patch: () => ({ administrator: 'KAB' }) },
  { path: '/api/estates', create: () => ({ housingOrganisationId: r.fsb, urbanAreaId: r.bispebjerg, name: 'Ny afdeling' }), patch: () => ({ urbanAreaId: r.norrebro }) },
  { path: '/api/administrations', create: () => ({ municipalityId: r.municipality, name: 'Ny forvaltning', abbreviation: 'NF' }), patch: () => ({ name: 'Nyere forvaltning' }) },
  { path: '/api/administrations', existing: async () => r.buf, patch: () => ({ name: 'Børne- og Ungdomsforvaltningen' }) },
  { path: '/api/committees', create: () => ({ municipalityId: r.municipality, administrationId: null, name: 'Nyt udvalg', abbreviation: 'NU', kind: 'committee' }), patch: () => ({ abbreviation: 'NYU' }) },
  {
    path: '/api/forums',
    existing: async () => (await t.db.selectFrom('forum').select('id').where('urbanAreaId', '=', r.bispebjerg).executeTakeFirstOrThrow()).id,
    patch: () => ({ name: 'Boligsocialt Forum Bispebjerg-Bellahøj' }),
  },
  { path: '/api/funding-periods', as: 'fond@demo.example', existing: async () => r.period, patch: () => ({ name: '2011–2014' }) },
];

describe('a registry write answers with the resource as stored', () => {
  it.each(registry.map((c) => [`${c.path} ${c.create ? 'created' : 'existing'}`, c] as const))('%s', async (_name, c) => {
    const admin = await signIn(c.as ?? 'admin@demo.example');
    let id: string;
    let version = 1;
    if (c.create) {
      id = (await expectAnswerIsStored(await admin.request({ method: 'POST', url: c.path, payload: c.create() }), 201, c.path)).id;
    } else {
      id = await c.existing!();
      version = Number(JSON.parse(String((await admin.request({ method: 'GET', url: `${c.path}/${id}` })).headers.etag)));
    }
    if (!c.patch) return;
    const patch = c.patch();
    const url = `${c.path}/${id}`;
    const patched = await expectAnswerIsStored(await admin.request({ method: 'PATCH', url, headers: ifMatch(version), payload: patch }), 200, c.path);
    expect(patched).toMatchObject({ ...patch, version: version + 1 });
  });

  it('a forum member and a working group: created and changed', async () => {
    const admin = await signIn('admin@demo.example');
    const forum = (await t.db.selectFrom('forum').select('id').where('urbanAreaId', '=', r.norrebro).executeTakeFirstOrThrow()).id;
    for (const [path, create, patch] of [
      ['members', { personName: 'Ida Holm', organisation: 'fsb', forumRole: 'Formand' }, { forumRole: 'Næstformand' }],
      ['working-groups', { name: 'Uddannelse', purpose: 'Kontrakten om uddannelse' }, { purpose: 'Ny kontrakt' }],
    ] as const) {
      const created = await admin.request({ method: 'POST', url: `/api/forums/${forum}/${path}`, payload: create });
      expect(created.statusCode, created.body).toBe(201);
      const listed = (await admin.request({ method: 'GET', url: `/api/forums/${forum}/${path}?limit=500` })).json().items;
      expect(listed).toContainEqual(created.json());
      expect(created.headers.etag).toBe('"1"');
      const changed = await admin.request({ method: 'PATCH', url: `/api/forums/${forum}/${path}/${created.json().id}`, headers: ifMatch(1), payload: patch });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.headers.etag).toBe('"2"');
      const relisted = (await admin.request({ method: 'GET', url: `/api/forums/${forum}/${path}?limit=500` })).json().items;
      expect(relisted).toContainEqual(changed.json());
      expect(changed.json()).toMatchObject({ ...patch, version: 2 });
    }
  });
});
