/**
 * `npm run bench:start`: how long Boligsocial takes from `node src/server/main.ts` to its first
 * served page, on a new data folder (create, migrate, seed) and then three times on that folder.
 * Prints figures only; the aims (warm < 3 s, first < 15 s) are for people to judge.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'boligsocial-bench-'));
const warmRuns = 3;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Run = { label: string; toFirst200Ms: number; reportedMs: number | null };

async function startOnce(label: string, path: string): Promise<Run> {
  const port = await freePort();
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server stopped (exit ${child.exitCode}):\n${log}`);
      if (performance.now() - t0 > 120_000) throw new Error(`no answer within 120 s:\n${log}`);
      const status = await fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.status, () => 0);
      if (status === 200) break;
      await sleep(20);
    }
    const toFirst200Ms = performance.now() - t0;
    const match = /"startupMs":(\d+)/.exec(log);
    return { label, toFirst200Ms, reportedMs: match ? Number(match[1]) : null };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

try {
  if (existsSync('index.html')) {
    // Not timed: the start script builds the web app the same way before it starts the server.
    spawnSync(process.execPath, ['scripts/ensure-web-build.ts'], { stdio: 'inherit' });
  }
  const path = existsSync('dist/web/index.html') ? '/' : '/api/health';
  console.log(`Timing node src/server/main.ts to the first 200 of GET ${path} (Node ${process.version}, data in ${dir})\n`);
  const runs: Run[] = [await startOnce('first start (create, migrate, seed)', path)];
  for (let i = 1; i <= warmRuns; i++) runs.push(await startOnce(`warm start ${i}`, path));

  const rows = runs.map((r, i) => [
    r.label,
    `${(r.toFirst200Ms / 1000).toFixed(2)} s`,
    r.reportedMs === null ? '–' : `${(r.reportedMs / 1000).toFixed(2)} s`,
    i === 0 ? '< 15 s' : '< 3 s',
  ]);
  const header = ['run', 'to first 200', 'start log says', 'aim'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const warm = runs.slice(1).map((r) => r.toFirst200Ms);
  console.log(`\nwarm median ${(warm.sort((a, b) => a - b)[Math.floor(warm.length / 2)]! / 1000).toFixed(2)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
