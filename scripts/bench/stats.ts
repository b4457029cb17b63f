/**
 * Pure helpers of the bench: percentiles, the summary of one measured run, ratios and the way
 * figures are written. No I/O here; `stats.test.ts` covers them.
 */

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The middle value (the lower one of an even count); NaN for none. */
export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** One measured run of one row at one concurrency. */
export type Measurement = {
  connections: number;
  /** Successful (2xx) answers, or completed operations for in-process rows. */
  ok: number;
  /** Non-2xx answers, timeouts and failed operations. */
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Measured by a closed loop that waits for every answer (slow rows), not by autocannon. */
  closedLoop?: boolean;
};

/** A measurement from raw latencies (ms) of the successful requests over `seconds`. */
export function summarize(latenciesMs: readonly number[], errors: number, seconds: number, connections: number): Measurement {
  return {
    connections,
    ok: latenciesMs.length,
    errors,
    seconds,
    rps: seconds > 0 ? latenciesMs.length / seconds : Number.NaN,
    p50: percentile(latenciesMs, 50),
    p95: percentile(latenciesMs, 95),
    p99: percentile(latenciesMs, 99),
  };
}

/** `value / floor`, or NaN when either is missing or the floor is zero. */
export function ratio(value: number | undefined, floor: number | undefined): number {
  if (value === undefined || floor === undefined || !Number.isFinite(value) || !Number.isFinite(floor) || floor === 0) return Number.NaN;
  return value / floor;
}

const dash = '–';
const grouped = (n: number) => Math.round(n).toLocaleString('en-US');

/** Requests per second: whole numbers from 100, one decimal from 1, two below. */
export function formatRate(rps: number): string {
  if (!Number.isFinite(rps)) return dash;
  if (rps >= 100) return grouped(rps);
  if (rps >= 1) return rps.toFixed(1);
  return rps.toFixed(2);
}

/** Milliseconds: one decimal below 10 ms, whole from there, seconds from 10 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return dash;
  if (ms < 10) return ms.toFixed(1);
  if (ms < 10_000) return grouped(ms);
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A ratio with two significant digits and a times sign: `0.034×`, `1.5×`, `12×`. */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return dash;
  return `${Number(r.toPrecision(2))}×`;
}

/** Seconds with two decimals: `1.23 s`. */
export const formatSeconds = (ms: number): string => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : dash);

/** Bytes as kB (1,000 bytes) with one decimal, or MB from 10 MB. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return dash;
  if (bytes >= 10_000_000) return `${(bytes / 1_000_000).toFixed(0)} MB`;
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The three percentiles in one cell: `1.2 / 3.4 / 12`. */
export const formatPercentiles = (m: Pick<Measurement, 'p50' | 'p95' | 'p99'>): string =>
  [m.p50, m.p95, m.p99].map(formatMs).join(' / ');

/** Requests per second of a measurement, with its errors when there were any. */
export function formatThroughput(m: Measurement): string {
  const rate = m.ok === 0 ? '0' : formatRate(m.rps);
  return m.errors > 0 ? `${rate} (${grouped(m.errors)} err)` : rate;
}
