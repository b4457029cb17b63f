/**
 * The one way the web app talks to the API: JSON in and out, the session's CSRF token on writes,
 * the resource's version as If-Match, and problem+json turned into a typed ApiError. Reads are
 * typed by the endpoint catalogue (endpoints.ts): `apiPath('/api/plans/{id}', { id })` is a path
 * whose GET answers a `Plan`. Reads for components and writes go through cache.ts.
 */
import type { GetEndpoints, GetPath, ParamNames } from './endpoints.ts';

export type { List } from '../domain/schemas/common.ts';

export type ApiViolation = { rule: string; message: string; path: string };

export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  violations?: ApiViolation[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly violations: ApiViolation[];

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail ?? '';
    this.violations = problem.violations ?? [];
  }

  /** Someone else changed the resource since it was read (stale If-Match). */
  get isStale(): boolean {
    return this.status === 412;
  }
}

/** Any error as an ApiError (network failures and bugs become status 0). */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError({ title: String(err), status: 0 });
}

/** A response body together with its version (from the ETag), when the resource has one. */
export type Versioned<T> = { data: T; version: number | null };

let csrfToken: string | null = null;
let language = 'da';

/** Set from GET /api/auth/me after sign-in; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Server messages (problem details, violations) follow the chosen language. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

function versionOf(res: Response): number | null {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(res.headers.get('etag') ?? '');
  return match ? Number(match[1]) : null;
}

async function problemOf(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await res.json()) as Partial<Problem>;
      return new ApiError({
        title: body.title ?? res.statusText,
        status: body.status ?? res.status,
        detail: body.detail ?? '',
        violations: Array.isArray(body.violations) ? body.violations : [],
      });
    } catch {
      // fall through to the generic error
    }
  }
  return new ApiError({ title: res.statusText || 'Error', status: res.status, detail: '' });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = { body?: unknown; version?: number | null; signal?: AbortSignal };

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<Versioned<T>> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.version !== undefined && options.version !== null) headers['if-match'] = `"${options.version}"`;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({ title: 'Network error', status: 0, detail: String(err) });
  }
  if (!res.ok) throw await problemOf(res);
  const version = versionOf(res);
  if (res.status === 204) return { data: undefined as T, version };
  return { data: (await res.json()) as T, version };
}

export type Query = Record<string, string | number | boolean | undefined | null>;

/** Query string from the defined values only. */
export function query(params: Query): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== null);
  if (entries.length === 0) return '';
  return `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}

declare const answers: unique symbol;

/** A concrete API path whose GET answers `T`; made by `apiPath` from the endpoint catalogue. */
export type ApiPath<T> = string & { readonly [answers]: T };

type PathArgs<P extends GetPath> = [ParamNames<P>] extends [never]
  ? [query?: Query]
  : [params: Record<ParamNames<P>, string | number>, query?: Query];

/**
 * The path of a catalogued read: `apiPath('/api/committees', { limit: 500 })`,
 * `apiPath('/api/plans/{id}/revisions/compare', { id }, { from, to })`. Parameters are encoded.
 */
export function apiPath<P extends GetPath>(template: P, ...args: PathArgs<P>): ApiPath<GetEndpoints[P]> {
  const named = template.includes('{');
  const params = (named ? args[0] : {}) as Record<string, string | number>;
  const search = (named ? args[1] : args[0]) as Query | undefined;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  return `${path}${query(search ?? {})}` as ApiPath<GetEndpoints[P]>;
}

/** A typed read outside a component (components use `useGet` from cache.ts). */
export const getJson = <T>(path: ApiPath<T>, signal?: AbortSignal): Promise<Versioned<T>> =>
  request<T>('GET', path, signal ? { signal } : {});
