/**
 * The one way the web app talks to the API: JSON in and out, the session's CSRF token on writes,
 * the resource's version as If-Match, and problem+json turned into a typed ApiError.
 */

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

export const api = {
  get: <T>(path: string, signal?: AbortSignal) =>
    request<T>('GET', path, signal ? { signal } : {}).then((r) => r.data),
  getVersioned: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, signal ? { signal } : {}),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown, version: number | null) => request<T>('PATCH', path, { body, version }),
  delete: (path: string, version: number | null) => request<void>('DELETE', path, { version }),
};

/** Query string from the defined values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== null);
  if (entries.length === 0) return '';
  return `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}
