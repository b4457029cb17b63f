/**
 * The processes the bench starts: servers (the app, the floors) as child processes on free ports,
 * the CLI for seeding and users, and their resident memory from /proc. Every child is killed when
 * the bench ends, however it ends.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

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

export type RunningServer = {
  pid: number;
  baseUrl: string;
  /** From spawn to the first 200 of the ready path. */
  toFirst200Ms: number;
  /** Its standard output and error so far. */
  log: () => string;
  stop: () => Promise<void>;
};

export type ServerSpec = {
  /** The script to run with this Node, relative to the project. */
  script: string;
  env: Record<string, string | undefined>;
  /** The path to poll until it answers 200. */
  readyPath: string;
  /** The folder for the log file. */
  logDir: string;
  timeoutMs?: number;
};

let logCount = 0;

/** Starts `node <script>` with PORT set to a free port and waits for the first 200 of `readyPath`. */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const port = await freePort();
  const logPath = join(spec.logDir, `server-${++logCount}.log`);
  const fd = openSync(logPath, 'w');
  const t0 = performance.now();
  // Output goes to a file: the server writes its request log as it would in production, and the
  // bench spends no time reading it.
  const child = spawn(process.execPath, [spec.script], {
    env: { ...process.env, ...spec.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = () => readFileSync(logPath, 'utf8');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killed);
    }
    children.delete(child);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const timeoutMs = spec.timeoutMs ?? 180_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${spec.script} stopped (exit ${child.exitCode}):\n${tail(log())}`);
      if (performance.now() - t0 > timeoutMs) throw new Error(`${spec.script} gave no 200 within ${timeoutMs / 1000} s:\n${tail(log())}`);
      const status = await fetch(`${baseUrl}${spec.readyPath}`).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 0,
      );
      if (status === 200) break;
      await sleep(10);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { pid: child.pid!, baseUrl, toFirst200Ms: performance.now() - t0, log, stop };
}

const tail = (text: string) => text.split('\n').slice(-30).join('\n');

/** Resident memory of a process in bytes (VmRSS), or NaN when it is gone. */
export function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's RSS every 100 ms while running; `peak` is the largest seen. */
export class RssSampler {
  #timer: NodeJS.Timeout | null = null;
  peak = 0;
  readonly pid: number;
  constructor(pid: number) {
    this.pid = pid;
  }
  start(): void {
    this.sample();
    this.#timer ??= setInterval(() => this.sample(), 100);
  }
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    this.sample();
  }
  private sample(): void {
    const rss = rssBytes(this.pid);
    if (rss > this.peak) this.peak = rss;
  }
}

/** Runs `node src/cli/main.ts <args>`; resolves with its output, rejects with it on a non-zero exit. */
export function runCli(args: string[], env: Record<string, string | undefined>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli/main.ts', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      children.delete(child);
      if (code === 0) resolve(out);
      else reject(new Error(`boligsocial ${args.join(' ')} failed (exit ${code}):\n${tail(out)}`));
    });
  });
}
