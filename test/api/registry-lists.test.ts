/**
 * Every list under /api pages by keyset: following `next` a few rows at a time gives the rows of
 * one large page, each once, in the same order; a cursor of another list, or a made-up one, is 400.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';

const t = useTestApp();

describe('registry lists', () => {
  it('page by keyset: every row once, in order, for any page size', async () => {
    await t.db.insertInto('municipality').values([{ code: '751', name: 'Aarhus' }, { code: '461', name: 'Odense' }]).execute();
    const admin = await t.signIn('admin@demo.example');
    const forum = (await admin.request({ method: 'GET', url: '/api/forums?limit=500' })).json().items.find((f: { urbanArea: { name: string } }) => f.urbanArea.name === 'Nørrebro');
    const lists = [
      '/api/municipalities',
      '/api/urban-areas',
      '/api/housing-organisations',
      '/api/estates',
      '/api/administrations',
      '/api/committees',
      '/api/funding-periods',
      '/api/forums',
      '/api/users',
      `/api/forums/${forum.id}/members`,
      `/api/forums/${forum.id}/working-groups`,
      '/api/audit-events',
    ];
    const cursors = new Map<string, string>();
    for (const url of lists) {
      const whole = (await admin.request({ method: 'GET', url: `${url}?limit=500` })).json();
      expect(whole.next, url).toBeUndefined();
      expect(whole.items.length, url).toBeGreaterThan(1);
      const rows: { id: string }[] = [];
      for (let cursor: string | undefined, first = true; first || cursor; first = false) {
        const res = await admin.request({ method: 'GET', url: `${url}?limit=2${cursor ? `&cursor=${cursor}` : ''}` });
        expect(res.statusCode, `${url} ${res.body}`).toBe(200);
        rows.push(...res.json().items);
        cursor = res.json().next;
        if (cursor) cursors.set(url, cursor);
      }
      expect(rows.map((r) => r.id), url).toEqual(whole.items.map((r: { id: string }) => r.id));
    }
    // A cursor belongs to its list.
    const [a, b] = [...cursors.keys()];
    expect((await admin.request({ method: 'GET', url: `${a}?cursor=${cursors.get(b!)}` })).statusCode).toBe(400);
    expect((await admin.request({ method: 'GET', url: '/api/estates?cursor=3' })).statusCode).toBe(400);
    const forged = Buffer.from(JSON.stringify(['estates', 5, 'x'])).toString('base64url');
    expect((await admin.request({ method: 'GET', url: `/api/estates?cursor=${forged}` })).statusCode).toBe(400);
  });
});
