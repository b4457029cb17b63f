/**
 * The aims of issue #8, each as measured in this run (ratios within the same run). Reported, never
 * asserted: the bench prints whether each is met, and the closing note of the work says why not.
 */
import type { Report } from './report.ts';
import type { Row } from './rows.ts';
import type { SectionResult } from './section.ts';
import { formatBytes, formatMs, formatRatio, ratio } from './stats.ts';
import { markdownTable } from './table.ts';

type Aim = { aim: string; measured: string; met: boolean | null };

const isPlanRead = (r: Row) => r.label.startsWith('GET /api/plans/:id (');
const isList = (r: Row) => r.label.startsWith('GET /api/plans first page') || /^GET \/api\/plans page \d/.test(r.label);
const rpsAt = (r: Row | undefined, i: number) => r?.measurements[i]?.rps;
const short = (s: SectionResult) => s.title.replace(', national set', ' national').replace(', demo data', ' demo');

/** The worst value of `pick` over sections and connection counts, with where it was. */
function worst(sections: SectionResult[], pick: (s: SectionResult, i: number) => number, higherIsWorse: boolean, connections: number[]) {
  let found: { value: number; where: string } | null = null;
  for (const s of sections) {
    connections.forEach((c, i) => {
      const value = pick(s, i);
      if (!Number.isFinite(value)) return;
      if (!found || (higherIsWorse ? value > found.value : value < found.value)) found = { value, where: `${short(s)} @${c}` };
    });
  }
  return found as { value: number; where: string } | null;
}

export function aims(report: Report): Aim[] {
  const { sections, startup, web } = report;
  const connections = report.options.connections;
  const national = sections.filter((s) => s.dataset === 'national');
  const list: Aim[] = [];
  const floorOf = (s: SectionResult) => s.rows.find((r) => r.kind === 'floor');

  if (sections.length > 0) {
    const read = worst(sections, (s, i) => ratio(rpsAt(s.rows.find(isPlanRead), i), rpsAt(floorOf(s), i)), false, connections);
    list.push({
      aim: 'plan read ≥ 0.5 × the floor (req/s)',
      measured: read ? `${formatRatio(read.value)} at worst (${read.where})` : '–',
      met: read ? read.value >= 0.5 : null,
    });
  }
  if (national.length > 0) {
    const slowest = worst(
      national,
      (s, i) => Math.max(...s.rows.filter(isList).map((r) => ratio(rpsAt(s.rows.find(isPlanRead), i), rpsAt(r, i)))),
      true,
      connections,
    );
    list.push({
      aim: 'any list page on the national set within 2 × the plan read (req/s)',
      measured: slowest ? `the slowest list page ${formatRatio(slowest.value)} slower (${slowest.where})` : '–',
      met: slowest ? slowest.value <= 2 : null,
    });
    const portfolio = national.flatMap((s) => s.rows.filter((r) => /xlsx/i.test(r.label) && !r.label.includes(':id')));
    const p50 = Math.max(...portfolio.map((r) => r.measurements[0]?.p50 ?? Number.NaN));
    list.push({
      aim: 'the portfolio XLSX of every national plan ≤ 5 s',
      measured: portfolio.length === 0 ? 'no portfolio export route yet (only the budget of one plan)' : `p50 ${formatMs(p50)} ms @${connections[0]}`,
      met: portfolio.length === 0 ? null : p50 <= 5000,
    });
    const rss = Math.max(...national.map((s) => s.rss.peak));
    list.push({ aim: 'RSS under load ≤ 300 MB on the national set', measured: formatBytes(rss), met: rss <= 300e6 });
  }
  if (startup) {
    const [first, warm] = startup.rows;
    if (warm) list.push({ aim: 'warm start ≤ 2 × the open-and-listen floor', measured: formatRatio(ratio(warm.appMs, warm.floorMs)), met: warm.appMs <= 2 * warm.floorMs });
    if (first) list.push({ aim: 'first start with the demo data ≤ 3 × the floor', measured: formatRatio(ratio(first.appMs, first.floorMs)), met: first.appMs <= 3 * first.floorMs });
  }
  if (web && typeof web === 'object') {
    const lcp = Math.max(...web.lcp.map((l) => l.throttledMs));
    list.push({ aim: 'LCP throttled ≤ 2.5 s (sign-in and plan page)', measured: `${formatMs(lcp)} ms at worst`, met: lcp <= 2500 });
    const signIn = web.routes.find((r) => r.route === '/log-ind');
    if (signIn) list.push({ aim: 'sign-in route ≤ 100 kB of JavaScript gzip', measured: `${(signIn.js / 1000).toFixed(1)} kB`, met: signIn.js <= 100_000 });
    const formats = web.routes.flatMap((r) => r.fontFormats);
    list.push({ aim: 'woff2 fonts only', measured: [...new Set(formats)].sort().join(', ') || 'none', met: formats.every((f) => f === 'woff2') });
  }
  return list;
}

export function aimsTable(report: Report): string {
  return markdownTable(
    ['aim (issue #8)', 'measured in this run', 'met'],
    aims(report).map((a) => [a.aim, a.measured, a.met === null ? '–' : a.met ? 'yes' : 'no']),
    ['left', 'left', 'left'],
  );
}
