/** A row of the throughput tables: one thing measured at each connection count, after a warm-up. */
import { type Measurement, formatPercentiles, formatThroughput } from './stats.ts';

export type RowKind = 'floor' | 'sql' | 'http';

export type Row = {
  label: string;
  kind: RowKind;
  /** One measurement per connection count, in the order of `Plan.connections`; empty when skipped. */
  measurements: Measurement[];
  /** Why it was skipped, or what to know about it. */
  note?: string;
};

/** How long and how hard each row is measured. */
export type RowPlan = { seconds: number; warmupSeconds: number; connections: number[] };

export type Run = (connections: number, seconds: number) => Promise<Measurement>;

/** Warms up at the first connection count, then measures at each; prints the row as it completes. */
export async function measureRow(label: string, kind: RowKind, plan: RowPlan, run: Run, note?: string): Promise<Row> {
  if (plan.warmupSeconds > 0) await run(plan.connections[0]!, plan.warmupSeconds);
  const measurements: Measurement[] = [];
  for (const c of plan.connections) measurements.push(await run(c, plan.seconds));
  const figures = measurements.map((m) => `${m.connections}: ${formatThroughput(m)}${m.closedLoop ? ' †' : ''} req/s, ${formatPercentiles(m)} ms`).join('   ');
  console.error(`    ${label.padEnd(58)} ${figures}`);
  return { label, kind, measurements, ...(note ? { note } : {}) };
}

/** A row that could not be measured here, with the reason. */
export function skippedRow(label: string, kind: RowKind, note: string): Row {
  console.error(`    ${label.padEnd(58)} skipped: ${note}`);
  return { label, kind, measurements: [], note };
}
