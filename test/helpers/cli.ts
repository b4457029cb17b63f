/**
 * The CLI and the server as their users run them: subprocesses on a temporary data folder, or on a
 * fresh PostgreSQL database when TEST_DATABASE_URL is set.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerDatabase } from './db.ts';

export const cliMain = join(import.meta.dirname, '../../src/cli/main.ts');
const serverMain = join(import.meta.dirname, '../../src/server/main.ts');

export type Env = Record<string, string>;
export type Result = { code: number | null; stdout: string; stderr: string };

/** The environment of a command: no inherited database, demo or password settings. */
function baseEnv(): Env {
  const base = { ...process.env, LOG_LEVEL: 'warn', WEB_DIST: '' } as Env;
  delete base.DATABASE_URL;
  delete base.DEMO;
  delete base.BOLIGSOCIAL_PASSWORD;
  return base;
}

/** A temporary embedded data folder (removed by `cleanup`). */
export function embeddedEnv(): { env: Env; dataDir: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'boligsocial-cli-'));
  const dataDir = join(dir, 'data');
  return { env: { ...baseEnv(), DATA_DIR: dataDir }, dataDir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new database on the server at `serverUrl` (dropped by `cleanup`). */
export async function postgresEnv(serverUrl: string): Promise<{ env: Env; cleanup: () => Promise<void> }> {
  const database = await createServerDatabase(serverUrl, 'bs_cli');
  return { env: { ...baseEnv(), DATABASE_URL: database.url }, cleanup: database.drop };
}

/** Runs `boligsocial …` to its end. */
export function runCli(env: Env, args: string[], options: { input?: string; env?: Env } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliMain, ...args], { env: { ...env, ...options.env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export type ServerProcess = {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far. */
  log: () => string;
  /** Resolves with the exit code once it has ended. */
  exited: Promise<number | null>;
};

/** Starts a server (`npm start`'s entry, or `args` through the CLI) without waiting for it. */
export async function spawnServer(env: Env, args?: string[]): Promise<ServerProcess> {
  const port = await freePort();
  const argv = args ? [cliMain, ...args, '--port', String(port)] : [serverMain];
  const child = spawn(process.execPath, argv, { env: { ...env, PORT: String(port) }, stdio: 'pipe' });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url: `http://127.0.0.1:${port}`, log: () => log, exited };
}

/** Waits until the server answers ready (200), or it has ended, or 60 s have passed. */
export async function ready(server: ServerProcess): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && server.child.exitCode === null) {
    const status = await fetch(`${server.url}/api/health/ready`).then((r) => r.status, () => 0);
    if (status === 200) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Stops a server with SIGTERM (its graceful stop) and waits for it to end. */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  return server.exited;
}
