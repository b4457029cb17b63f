/** The tables of a run, as markdown: printed, and written whole into docs/performance.md. */
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { aimsTable } from './aims.ts';
import type { Options } from './options.ts';
import type { SectionResult } from './section.ts';
import type { StartupResult } from './startup.ts';
import { formatBytes, formatPercentiles, formatRatio, formatSeconds, formatThroughput, ratio } from './stats.ts';
import { markdownTable } from './table.ts';
import type { WebResult } from './web.ts';

export type Machine = {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  os: string;
  date: string;
  postgres: string | null;
  /** 1-minute load average at the start and at the end of the run (others' work on the machine shows here). */
  load: [number, number];
};

/** The 1-minute load average now. */
export const loadNow = (): number => loadavg()[0] ?? Number.NaN;

export function machine(postgres: string | null): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    ramGb: totalmem() / 1024 ** 3,
    node: process.version,
    os: `Linux ${release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    postgres,
    load: [loadNow(), Number.NaN],
  };
}

export type Report = {
  machine: Machine;
  options: Options;
  sections: SectionResult[];
  skipped: string[];
  startup: StartupResult | null;
  web: WebResult | string | null;
  totalMs: number;
};

function machineTable(m: Machine, web: WebResult | string | null): string {
  const browser = web && typeof web === 'object' ? web.browser : '–';
  return markdownTable(
    ['CPU', 'cores', 'RAM', 'Node', 'PostgreSQL', 'browser', 'system', 'date', 'load average (start → end)'],
    [[m.cpu, String(m.cores), `${m.ramGb.toFixed(1)} GB`, m.node, m.postgres ?? 'not reached', browser, m.os, m.date, m.load.map((l) => l.toFixed(1)).join(' → ')]],
    Array(9).fill('left'),
  );
}

/** The throughput table of one section: each row at every connection count, with its ratio to the floor. */
export function sectionTable(section: SectionResult, connections: number[]): string {
  const floor = section.rows.find((r) => r.kind === 'floor');
  const header = ['what'];
  for (const c of connections) header.push(`req/s @${c}`, `p50 / p95 / p99 ms @${c}`, `× floor @${c}`);
  header.push('notes');
  const rows = section.rows.map((row) => {
    const cells = [row.label];
    connections.forEach((c, i) => {
      const m = row.measurements[i];
      if (!m) return cells.push('–', '–', '–');
      cells.push(`${formatThroughput(m)}${m.closedLoop ? ' †' : ''}`, formatPercentiles(m), formatRatio(ratio(m.rps, floor?.measurements[i]?.rps)));
    });
    cells.push(row.note ?? '');
    return cells;
  });
  return markdownTable(header, rows, header.map((_, i) => (i === 0 || i === header.length - 1 ? 'left' : 'right')));
}

function rssTable(sections: SectionResult[]): string {
  return markdownTable(
    ['section', 'app idle (signed in)', 'app peak under load', 'floor peak under load'],
    sections.map((s) => [s.title, formatBytes(s.rss.idle), formatBytes(s.rss.peak), formatBytes(s.rss.floorPeak)]),
  );
}

function startupTable(s: StartupResult): string {
  return markdownTable(
    ['run', 'app to first 200', 'floor: open PGlite and listen', '× floor', 'aim'],
    s.rows.map((r) => [r.label, formatSeconds(r.appMs), formatSeconds(r.floorMs), formatRatio(ratio(r.appMs, r.floorMs)), r.aim]),
  );
}

function webTables(w: WebResult): string {
  const kb = (n: number) => (n / 1000).toFixed(1);
  const routes = markdownTable(
    ['route (cold load)', 'JS kB gzip', 'JS files', 'CSS kB gzip', 'CSS files', 'fonts kB', 'font formats'],
    [
      ...w.routes.map((r) => [r.route, kb(r.js), String(r.jsFiles), kb(r.css), String(r.cssFiles), kb(r.fonts), [...r.fontFormats].sort().join(', ') || '–']),
      ['whole build (dist/web)', kb(w.build.js), String(w.build.jsFiles), kb(w.build.css), String(w.build.cssFiles), kb(w.build.fonts), [...w.build.fontFormats].sort().join(', ') || '–'],
    ],
  );
  const lcp = markdownTable(
    ['page (cold, fresh context)', 'LCP plain', 'LCP throttled 1.6 Mbps / 150 ms', 'runs (median)'],
    w.lcp.map((l) => [l.page, `${Math.round(l.plainMs)} ms`, `${Math.round(l.throttledMs)} ms`, String(l.runs)]),
  );
  const maps = w.build.sourceMaps > 0 ? `The build ships ${w.build.sourceMaps} source map file(s) in dist/web.` : 'The build ships no source maps.';
  return `### JS and CSS per route\n\n${routes}\n\n${maps}\n\n### Largest Contentful Paint\n\n${lcp}`;
}

/** The tables alone (printed at the end of every run). */
export function renderTables(report: Report): string {
  const { options } = report;
  const parts: string[] = [];
  parts.push(`## Machine\n\n${machineTable(report.machine, report.web)}`);
  parts.push(`## Aims\n\nThe aims of issue #8 against this run's figures (reported, not asserted).\n\n${aimsTable(report)}`);
  if (options.parts.includes('http')) {
    const perSection = report.sections.map(
      (s) => `### ${s.title}\n\nSeeded in ${formatSeconds(s.seedMs)}: ${s.seeded}\n\n${sectionTable(s, options.connections)}`,
    );
    const skipped = report.skipped.map((s) => `- ${s}`).join('\n');
    parts.push(
      [
        '## Throughput and latency',
        `Each row: ${options.seconds} s per connection count after ${options.warmupSeconds} s of warm-up; req/s counts 2xx answers ` +
          '(errors in brackets), percentiles are of those answers; × floor is req/s over the floor row of the same section and ' +
          'connection count. HTTP rows are autocannon against the app started with `node src/server/main.ts` (NODE_ENV=production, ' +
          'request log on); † marks a run where the expected latency was long against the run, measured instead by a closed loop ' +
          'of workers that waits for every answer (autocannon would drop the slow ones still in flight). The budget write is such a ' +
          'loop always: one draft per worker, each sending the version of its last answer in If-Match. SQL rows run in the bench process: the statements the app runs, recorded and replayed on the driver, and ' +
          `the app's query functions called directly. Lists ask for limit=${options.pageSize}; the deep row follows next up to ` +
          `${options.deepPages} times.`,
        ...perSection,
        skipped ? `Not measured:\n\n${skipped}` : '',
        `### RSS of the server (VmRSS)\n\n${rssTable(report.sections)}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  }
  if (report.startup) {
    parts.push(`## Start-up (PGlite)\n\nFrom spawn to the first 200 of GET ${report.startup.path}.\n\n${startupTable(report.startup)}`);
  }
  if (report.web) parts.push(`## The web app\n\n${typeof report.web === 'string' ? `Not measured: ${report.web}.` : webTables(report.web)}`);
  return parts.join('\n\n');
}

/** docs/performance.md: what it is, how to run it, and the tables. */
export function renderDocument(report: Report): string {
  return `# Performance

The latest complete run of \`npm run bench\` (scripts/bench), written by the bench itself on
${report.machine.date}; the whole run took ${formatSeconds(report.totalMs)}. Run it again to replace this page:

\`\`\`sh
npm run bench                  # everything; writes this page
npm run bench -- --quick       # a short run on the demo data, prints only
npm run bench -- --only startup   # also npm run bench:start
npm run bench -- --help
\`\`\`

Benchmarks print figures; no test asserts a time. Every figure is from the same run on the same
machine, so the ratios hold where absolute numbers do not: compare rows with the floor (a bare
Fastify server reading one row by primary key from the same database) and with the same SQL run
directly. The national set is \`boligsocial seed --national --scale ${report.options.scale}\`, a fresh database each.

${renderTables(report)}
`;
}
