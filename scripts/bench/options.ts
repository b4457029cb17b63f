/** The options of `npm run bench -- …`. */
import { parseArgs } from 'node:util';
import type { Engine } from './databases.ts';
import type { Dataset } from './section.ts';

export const parts = ['startup', 'http', 'web'] as const;
export type Part = (typeof parts)[number];

export type Options = {
  quick: boolean;
  parts: Part[];
  engines: Engine[];
  datasets: Dataset[];
  scale: number;
  seconds: number;
  warmupSeconds: number;
  connections: number[];
  pageSize: number;
  deepPages: number;
  postgresUrl: string;
  /** Write docs/performance.md: only a complete run does. */
  writeDoc: boolean;
};

/** Small enough that the whole bench stays within about ten minutes on two shared cores. */
export const defaultScale = 0.1;

export const help = `Usage: npm run bench [-- options]

Starts what it measures and prints markdown tables: the app's HTTP rows beside a bare Fastify
floor and the same SQL run directly, on PostgreSQL and PGlite, demo data and the national set;
start-up against a bare "open PGlite and listen"; RSS; JS and CSS per route; LCP in Chromium.
A complete run (no --quick, no --only) also writes docs/performance.md.

Options:
  --quick             a short run for development: demo data only, 1 s per measurement
  --only PARTS        some of: ${parts.join(', ')} (comma-separated)
  --engines LIST      postgres, pglite (default both; postgres is skipped when unreachable)
  --datasets LIST     demo, national (default both; --quick: demo)
  --scale N           scale of the national set (default ${defaultScale})
  --seconds N         seconds per measurement (default 1.5; --quick 1)
  --warmup N          seconds of warm-up per row (default 0.3)
  --connections LIST  connection counts (default 10,50)
  --postgres URL      the PostgreSQL server to make databases on
                      (default postgres://postgres@127.0.0.1:5432/postgres)
  --help              this text`;

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

export function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' },
      only: { type: 'string' },
      engines: { type: 'string' },
      datasets: { type: 'string' },
      scale: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      postgres: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const chosen = values.only ? list(values.only) : [...parts];
  const unknown = chosen.filter((p) => !(parts as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`--only: unknown part ${unknown.join(', ')} (choose from ${parts.join(', ')})`);
  const engines = values.engines ? list(values.engines) : ['postgres', 'pglite'];
  if (engines.some((e) => e !== 'postgres' && e !== 'pglite')) throw new Error('--engines: postgres and/or pglite');
  const datasets = values.datasets ? list(values.datasets) : quick ? ['demo'] : ['demo', 'national'];
  if (datasets.some((d) => d !== 'demo' && d !== 'national')) throw new Error('--datasets: demo and/or national');
  const number = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} takes a number from ${min} to ${max}`);
    return n;
  };
  const connections = values.connections ? list(values.connections).map(Number) : [10, 50];
  if (connections.some((c) => !Number.isInteger(c) || c < 1 || c > 500)) throw new Error('--connections: whole numbers from 1 to 500');
  return {
    quick,
    parts: chosen as Part[],
    engines: engines as Engine[],
    datasets: datasets as Dataset[],
    scale: number('scale', values.scale, defaultScale, 0.01, 10),
    seconds: number('seconds', values.seconds, quick ? 1 : 1.5, 0.2, 600),
    warmupSeconds: number('warmup', values.warmup, 0.3, 0, 60),
    connections,
    pageSize: 5,
    deepPages: 3,
    postgresUrl: values.postgres ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    writeDoc: !quick && !values.only && !values.engines && !values.datasets && !values.connections,
  };
}
