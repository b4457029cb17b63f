/**
 * `npm run bench`: starts what it measures, measures side by side in one run, prints markdown
 * tables and — on a complete run — writes them into docs/performance.md with the machine. See
 * `npm run bench -- --help` and docs/performance.md. Figures only; no aim is asserted here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBenchDb, dropLeftovers, engineName, openInProcess, postgresAvailable } from './databases.ts';
import { demoSubjects } from './discover.ts';
import { help, parseOptions } from './options.ts';
import { runCli, startServer } from './processes.ts';
import { type Report, loadNow, machine, renderDocument, renderTables } from './report.ts';
import { type SectionResult, runSection } from './section.ts';
import { measureStartup } from './startup.ts';
import { type WebResult, measureWeb } from './web.ts';

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (err) {
  console.error(`bench: ${(err as Error).message}\n\n${help}`);
  process.exit(2);
}
if (options === 'help') {
  console.log(help);
  process.exit(0);
}

process.once('SIGINT', () => {
  console.error('\nbench: interrupted');
  process.exit(130);
});

const began = performance.now();
const workDir = mkdtempSync(join(tmpdir(), 'boligsocial-bench-'));
const webRuns = options.quick ? 1 : 3;

try {
  if (existsSync('index.html')) {
    // Not measured: the start script builds the web app the same way before it starts the server.
    const build = spawnSync(process.execPath, ['scripts/ensure-web-build.ts'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (build.status !== 0) throw new Error('building the web app failed');
  }
  const wantsPostgres = options.engines.includes('postgres') && options.parts.includes('http');
  const postgres = wantsPostgres ? await postgresAvailable(options.postgresUrl) : null;
  if (postgres) {
    const dropped = await dropLeftovers(options.postgresUrl);
    if (dropped.length > 0) console.error(`Dropped databases of earlier, killed runs: ${dropped.join(', ')}`);
  }
  console.error(
    `Boligsocial bench: ${options.quick ? 'quick' : 'full'} run, parts ${options.parts.join(', ')}; ` +
      `${options.seconds} s per measurement at ${options.connections.join(' and ')} connections; national scale ${options.scale}.`,
  );

  const report: Report = { machine: machine(postgres), options, sections: [], skipped: [], startup: null, web: null, totalMs: 0 };

  if (options.parts.includes('startup')) report.startup = await measureStartup(workDir, 3);

  const measureWebOn = options.parts.includes('web');
  if (options.parts.includes('http')) {
    for (const engine of options.engines) {
      for (const dataset of options.datasets) {
        const what = `${engineName[engine]}, ${dataset}`;
        if (engine === 'postgres' && !postgres) {
          report.skipped.push(`${what}: PostgreSQL did not answer at ${options.postgresUrl}`);
          continue;
        }
        const withWeb = measureWebOn && engine === 'pglite' && dataset === 'demo';
        const section: SectionResult = await runSection({
          engine,
          dataset,
          scale: options.scale,
          plan: { seconds: options.seconds, warmupSeconds: options.warmupSeconds, connections: options.connections },
          pageSize: options.pageSize,
          deepPages: options.deepPages,
          postgresUrl: options.postgresUrl,
          workDir,
          ...(withWeb
            ? { whileUp: async (server, subjects) => void (report.web = await measureWeb(server.baseUrl, subjects.admin, subjects.planId, webRuns)) }
            : {}),
        });
        report.sections.push(section);
      }
    }
  }
  if (measureWebOn && !report.web) report.web = await webAlone(workDir, webRuns);

  report.totalMs = performance.now() - began;
  report.machine.load[1] = loadNow();
  console.log(`\n${renderTables(report)}\n`);
  console.error(`The bench took ${(report.totalMs / 1000).toFixed(0)} s.`);
  if (options.writeDoc) {
    writeFileSync('docs/performance.md', renderDocument(report));
    console.error('Wrote docs/performance.md.');
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

/** The browser measurements without the HTTP sections: the app on a new PGlite folder with the demo data. */
async function webAlone(dir: string, runs: number): Promise<WebResult | string> {
  const db = await createBenchDb('pglite', '', dir);
  try {
    await runCli(['seed', '--demo'], db.env);
    const conn = await openInProcess(db);
    const subjects = await demoSubjects(conn.db).finally(() => conn.close());
    const server = await startServer({ script: 'src/server/main.ts', env: { ...db.env, DEMO: 'true' }, readyPath: '/api/health/ready', logDir: dir });
    try {
      return await measureWeb(server.baseUrl, subjects.admin, subjects.planId, runs);
    } finally {
      await server.stop();
    }
  } finally {
    await db.drop();
  }
}
