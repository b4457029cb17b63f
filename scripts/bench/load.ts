/**
 * Load: autocannon for requests that can repeat as they are, a small loop of workers for what
 * cannot (writes that need the current version, in-process calls), and the HTTP client both the
 * loop and the set-up use. Latencies are kept raw so that the percentiles are our own (autocannon
 * has no p95).
 */
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import { type Measurement, summarize } from './stats.ts';

export type HttpCall = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

const isOk = (status: number) => status >= 200 && status < 300;

/**
 * A run of `call` for the throughput rows. A few requests one at a time first give its service
 * time (later runs take it from the throughput of the one before); when the expected latency at `connections` (service time × connections) is short against
 * the run, autocannon measures it, and a request to `drainPath` afterwards waits out the answers
 * it left in flight. When it is not, autocannon's dropping of the requests still in flight at the
 * end would leave few samples, the fast ones; then a closed loop measures instead: every worker
 * waits for its last answer, so each run has at least one sample per connection and no backlog.
 */
export function httpRun(baseUrl: string, call: HttpCall, drainPath: string) {
  let serviceMs: number | null = null;
  return async (connections: number, seconds: number): Promise<Measurement> => {
    if (serviceMs === null) {
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await http(baseUrl, call);
        samples.push(performance.now() - t0);
      }
      serviceMs = samples.sort((a, b) => a - b)[2]!;
    }
    let m: Measurement;
    if (connections * serviceMs * 5 > seconds * 1000) {
      m = { ...(await measureLoop(connections, seconds, async () => isOk((await http(baseUrl, call)).status))), closedLoop: true };
    } else {
      m = await cannon(baseUrl, call, connections, seconds);
      await http(baseUrl, { method: 'GET', path: drainPath });
    }
    // Under load the time per answer is 1 / throughput: a better guess for the next run than the
    // cold requests of the probe.
    if (m.ok > 0 && Number.isFinite(m.rps)) serviceMs = 1000 / m.rps;
    return m;
  };
}

/** One autocannon run of `call` for `seconds` over `connections` connections. */
export async function cannon(baseUrl: string, call: HttpCall, connections: number, seconds: number): Promise<Measurement> {
  const latencies: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${call.path}`,
        method: call.method,
        headers: call.headers ?? {},
        ...(call.body === undefined ? {} : { body: call.body }),
        connections,
        duration: seconds,
        timeout: 60,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (isOk(status)) latencies.push(ms);
      else failed++;
    });
  });
  return summarize(latencies, failed + result.errors, result.duration || seconds, connections);
}

/**
 * `connections` workers call `op` one call after the other until `seconds` have passed; each call's
 * time is a sample when it resolves true (or the time it reports itself, in ms, when it resolves a
 * number: a call that waits for its turn times only its own request), an error when it resolves
 * false or throws.
 */
export async function measureLoop(
  connections: number,
  seconds: number,
  op: (worker: number) => Promise<boolean | number>,
): Promise<Measurement> {
  const latencies: number[] = [];
  let failed = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const worker = async (index: number) => {
    while (performance.now() < deadline) {
      const start = performance.now();
      const outcome = await op(index).catch(() => false);
      if (typeof outcome === 'number') latencies.push(outcome);
      else if (outcome) latencies.push(performance.now() - start);
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
  return summarize(latencies, failed, (performance.now() - t0) / 1000, connections);
}

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP request over a keep-alive connection; the whole body as text. */
export function http(baseUrl: string, call: HttpCall): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${call.path}`, { method: call.method, headers: call.headers ?? {}, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(call.body);
  });
}

/** GET (or another call) that must answer 2xx with JSON. */
export async function json<T>(baseUrl: string, call: HttpCall): Promise<{ body: T; headers: Answer['headers'] }> {
  const answer = await http(baseUrl, call);
  if (!isOk(answer.status)) throw new Error(`${call.method} ${call.path} answered ${answer.status}: ${answer.body.slice(0, 500)}`);
  return { body: JSON.parse(answer.body) as T, headers: answer.headers };
}

/** A signed-in session: the headers every request of it sends (the cookie and, for writes, the CSRF token). */
export type Session = { email: string; headers: Record<string, string> };

/** Signs in with POST /api/auth/login and reads the CSRF token from GET /api/auth/me. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const login = await http(baseUrl, {
    method: 'POST',
    path: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const setCookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
  const cookie = setCookie.map((c) => c.split(';')[0]!).find((c) => c.startsWith('boligsocial_session='));
  if (login.status !== 204 || !cookie) throw new Error(`sign-in as ${email} answered ${login.status}: ${login.body.slice(0, 300)}`);
  const me = await json<{ csrfToken: string }>(baseUrl, { method: 'GET', path: '/api/auth/me', headers: { cookie } });
  return { email, headers: { cookie, 'x-csrf-token': me.body.csrfToken } };
}

/** The version in an ETag header (`"7"` → 7). */
export function versionOf(etag: string | string[] | undefined): number {
  const match = /(\d+)/.exec(String(etag ?? ''));
  if (!match) throw new Error(`no version in ETag ${String(etag)}`);
  return Number(match[1]);
}

/** Runs tasks one after the other per key (a per-key mutex). */
export class Serial {
  readonly #tails = new Map<string, Promise<unknown>>();
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const next = (this.#tails.get(key) ?? Promise.resolve()).then(task, task);
    this.#tails.set(key, next.catch(() => undefined));
    return next;
  }
}
