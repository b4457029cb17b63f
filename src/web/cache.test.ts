import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ApiPath, apiPath } from './api.ts';
import { entry, keyOf, queryClient, write } from './cache.ts';

const json = (body: unknown, etag?: string) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...(etag ? { etag } : {}) } });

/** A read on screen: an observer of the path, counting how often it is fetched (not on showing, when `cached`). */
function onScreen(path: string, { cached = false } = {}) {
  let fetched = 0;
  const observer = new QueryObserver(queryClient, {
    queryKey: keyOf(path),
    ...(cached ? { staleTime: Infinity } : {}),
    queryFn: () => {
      fetched += 1;
      return { data: { fetched }, version: 1 };
    },
  });
  const stop = observer.subscribe(() => undefined);
  return { fetched: () => fetched, stop };
}

afterEach(() => {
  queryClient.clear();
  vi.unstubAllGlobals();
});

describe('keys', () => {
  it('are the path: the same read is one entry, whatever the order of its query', () => {
    expect(keyOf(apiPath('/api/committees', { limit: 500 }))).toEqual(['api', 'committees', { limit: '500' }]);
    expect(queryClient.getQueryCache().build(queryClient, { queryKey: keyOf('/api/estates?a=1&b=2') }).queryHash).toBe(
      queryClient.getQueryCache().build(queryClient, { queryKey: keyOf('/api/estates?b=2&a=1') }).queryHash,
    );
  });

  it('encode the parameters of a catalogued path', () => {
    expect(apiPath('/api/plans/{id}/revisions/compare', { id: 'a b' }, { from: 1, to: 'current', x: undefined })).toBe(
      '/api/plans/a%20b/revisions/compare?from=1&to=current',
    );
  });
});

describe('a write', () => {
  it('puts what it answers in the cache, reads again what is on screen in its collection, and drops the rest', async () => {
    const planPath = apiPath('/api/plans/{id}', { id: 'p1' });
    queryClient.setQueryData(keyOf(planPath), { data: { name: 'old', version: 1 }, version: 1 });
    const plan = onScreen(planPath, { cached: true });
    const revisions = onScreen('/api/plans/p1/revisions');
    const committees = onScreen('/api/committees?limit=500');
    queryClient.setQueryData(keyOf('/api/contracts?limit=500'), { data: { items: [] }, version: null });
    await vi.waitFor(() => expect(revisions.fetched()).toBe(1));
    await vi.waitFor(() => expect(committees.fetched()).toBe(1));

    const fetch = vi.fn(async () => json({ name: 'new', version: 2 }, '"2"'));
    vi.stubGlobal('fetch', fetch);
    const saved = await write<{ name: string; version: number }>('PATCH', planPath, {
      body: { name: 'new' },
      version: 1,
      cache: (r) => [entry(planPath as ApiPath<{ name: string; version: number }>, r)],
    });

    expect(saved).toEqual({ data: { name: 'new', version: 2 }, version: 2 });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryData(keyOf(planPath))).toEqual({ data: { name: 'new', version: 2 }, version: 2 });
    expect(plan.fetched()).toBe(0);
    expect(revisions.fetched()).toBe(2);
    expect(committees.fetched()).toBe(1);
    expect(queryClient.getQueryData(keyOf('/api/contracts?limit=500'))).toBeUndefined();
    plan.stop();
    revisions.stop();
    committees.stop();
  });

  it('changes nothing in the cache when it is refused', async () => {
    queryClient.setQueryData(keyOf('/api/pools?limit=500'), { data: { items: [] }, version: null });
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ title: 'Stale', status: 412 }), { status: 412, headers: { 'content-type': 'application/problem+json' } }));
    await expect(write('DELETE', '/api/pools/x/allocations/y', { version: 1 })).rejects.toMatchObject({ status: 412, isStale: true });
    expect(queryClient.getQueryData(keyOf('/api/pools?limit=500'))).toBeDefined();
  });
});
