/**
 * The one cache of API reads (TanStack Query). Components read with `useGet(apiPath(…))`: the key
 * is the path, so two components asking for the same path share one request. Every write goes
 * through `write`, which keeps the cache true:
 *  1. the entries the response gives (the written resource with its ETag version) are put in the
 *     cache as they are, not read again;
 *  2. the reads on screen under the written collection (`/api/plans/…` for any plan write) are
 *     read again, and the write resolves once they are in, so the next page is current;
 *  3. every other read not on screen is dropped: a write can change more than its own collection
 *     (an allocation changes the plan, a decision may approve contracts), and is read anew when
 *     next shown.
 */
import { QueryClient, type QueryKey, hashKey, queryOptions, skipToken, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { type ApiError, type ApiPath, type RequestOptions, type Versioned, asApiError, getJson, request } from './api.ts';
import { onUserChange } from './session.tsx';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

/** Client errors (4xx) are answers, not hiccups: only a network or server failure is tried once more. */
const retry = (failures: number, error: ApiError) => failures < 1 && (error.status < 400 || error.status >= 500);

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: false, retry } },
});

// Signing in or out, or a session ending: nobody sees what the previous user could.
onUserChange(() => queryClient.clear());

/** Any read answered 401: the session ended on the server, so `expired` (once the cache has told everyone). */
export function useExpiryOn401(expired: () => void): void {
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'error' && event.action.error.status === 401) queueMicrotask(expired);
      }),
    [expired],
  );
}

/** `/api/plans/x/revisions?limit=5` → `['api', 'plans', 'x', 'revisions', { limit: '5' }]`. */
export function keyOf(path: string): QueryKey {
  const [pathname = '', search = ''] = path.split('?');
  return [...pathname.split('/').filter(Boolean), Object.fromEntries(new URLSearchParams(search))];
}

/** The key prefix of a path's collection: `/api/plans/x/budget-lines` → `['api', 'plans']`. */
const collectionOf = (path: string): QueryKey => keyOf(path).slice(0, 2);

export type Resource<T> = {
  data: T | undefined;
  /** The version from the ETag, for If-Match. */
  version: number | null;
  error: ApiError | undefined;
  /** Reading (the first time or again). */
  loading: boolean;
  reload: () => void;
};

const read = async <T>(path: ApiPath<T>, signal: AbortSignal): Promise<Versioned<T>> => {
  try {
    return await getJson(path, signal);
  } catch (err) {
    if (signal.aborted) throw err;
    throw asApiError(err);
  }
};

const optionsOf = <T>(path: ApiPath<T> | null) =>
  queryOptions({
    queryKey: keyOf(path ?? ''),
    queryFn: path === null ? skipToken : ({ signal }) => read(path, signal),
  });

type Query<T> = { data: Versioned<T> | undefined; error: ApiError | null; isFetching: boolean; refetch: () => Promise<unknown> };

const resourceOf = <T>(q: Query<T>, reload: () => void): Resource<T> => ({
  data: q.data?.data,
  version: q.data?.version ?? null,
  error: q.error ?? undefined,
  loading: q.isFetching,
  reload,
});

/**
 * One API read for a component; `null`: nothing to read (yet). Read again, it keeps its data
 * meanwhile; another path starts without data (the page shows its spinner), as pages expect.
 */
export function useGet<T>(path: ApiPath<T> | null): Resource<T> {
  const q = useQuery(optionsOf(path));
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  return resourceOf(q, reload);
}

/** Several reads of the same kind (one per plan of a list, say), each cached on its own. */
export function useGetEach<T>(paths: ApiPath<T>[]): Resource<T>[] {
  const results = useQueries({ queries: paths.map((p) => optionsOf(p)) });
  return results.map((q) => resourceOf(q, () => void q.refetch()));
}

/** An entry to put in the cache after a write: the response itself, or made from what is cached. */
export type CacheEntry = { key: QueryKey; update: (old: unknown) => unknown };

export function entry<T>(path: ApiPath<T>, value: Versioned<T> | ((old: Versioned<T> | undefined) => Versioned<T> | undefined)): CacheEntry {
  return { key: keyOf(path), update: (old) => (typeof value === 'function' ? value(old as Versioned<T> | undefined) : value) };
}

export type WriteOptions<T> = RequestOptions & {
  /** The cache entries the response gives (typically the written resource: `(r) => [entry(its GET path, r)]`). */
  cache?: (result: Versioned<T>) => CacheEntry[];
};

type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Writes, then brings the cache up to date (see the top of this file). */
export async function write<T = unknown>(method: WriteMethod, path: string, options: WriteOptions<T> = {}): Promise<Versioned<T>> {
  const { cache, ...sent } = options;
  const result = await request<T>(method, path, sent);
  const entries = cache?.(result) ?? [];
  for (const e of entries) queryClient.setQueryData(e.key, e.update);
  const given = new Set(entries.map((e) => hashKey(e.key)));
  const notGiven = (q: { queryHash: string }) => !given.has(q.queryHash);
  queryClient.removeQueries({ type: 'inactive', predicate: notGiven });
  await queryClient.refetchQueries({ queryKey: collectionOf(path), type: 'active', predicate: notGiven });
  return result;
}
