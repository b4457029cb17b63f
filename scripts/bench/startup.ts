/**
 * Start-up: from `node src/server/main.ts` to its first 200 (the served page, or /api/health
 * without a web build) on a new PGlite data folder (create, migrate, seed the demo data) and then
 * warm on that folder; beside it the floor, a bare "open PGlite on the folder and listen".
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './processes.ts';
import { median } from './stats.ts';

export type StartupRow = { label: string; appMs: number; floorMs: number; aim: string };
export type StartupResult = { path: string; warmRuns: number; rows: StartupRow[]; appWarmMs: number[]; floorWarmMs: number[] };

async function timeStarts(script: string, path: string, workDir: string, warmRuns: number) {
  const dir = mkdtempSync(join(workDir, 'start-'));
  const env = { DATA_DIR: join(dir, 'data'), DATABASE_URL: undefined, LOG_LEVEL: 'info' };
  try {
    const runs: number[] = [];
    for (let i = 0; i <= warmRuns; i++) {
      const server = await startServer({ script, env, readyPath: path, logDir: dir });
      runs.push(server.toFirst200Ms);
      await server.stop();
    }
    return { first: runs[0]!, warm: runs.slice(1) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureStartup(workDir: string, warmRuns: number): Promise<StartupResult> {
  const path = existsSync('dist/web/index.html') ? '/' : '/api/health';
  console.error(`\n== Start-up to the first 200 of GET ${path}`);
  const app = await timeStarts('src/server/main.ts', path, workDir, warmRuns);
  const floor = await timeStarts('scripts/bench/open-listen.ts', path, workDir, warmRuns);
  const rows: StartupRow[] = [
    { label: 'first start: new folder (app: create, migrate, seed demo)', appMs: app.first, floorMs: floor.first, aim: '≤ 3× floor' },
    { label: `warm start (median of ${warmRuns})`, appMs: median(app.warm), floorMs: median(floor.warm), aim: '≤ 2× floor' },
  ];
  for (const r of rows) console.error(`    ${r.label.padEnd(58)} app ${(r.appMs / 1000).toFixed(2)} s, floor ${(r.floorMs / 1000).toFixed(2)} s`);
  return { path, warmRuns, rows, appWarmMs: app.warm, floorWarmMs: floor.warm };
}
