/**
 * One process at a time on an embedded database folder. PGlite has no server: two processes that
 * open the same folder each keep their own state, and what one of them writes is lost when the
 * other closes. So the folder carries `boligsocial.lock`, created exclusively (O_EXCL) at open with
 * who holds it, removed at close and at exit, and taken over only when its holder is provably gone.
 *
 * A holder is gone when its pid no longer runs, when the pid now belongs to a process started at
 * another time (pid reuse), or when the machine has rebooted since (another boot id). A lock from
 * another host cannot be checked and is never taken over. Two processes that find the same stale
 * lock take it over one at a time, under a second exclusive file (`boligsocial.lock.takeover`).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'boligsocial.lock';

export type LockHolder = {
  pid: number;
  command: string;
  /** The address a server listens on, once it does. */
  address: string | null;
  since: string;
  host: string;
  bootId: string | null;
  /** The holder's start time in clock ticks after boot (Linux), to tell a reused pid. */
  processStart: string | null;
  token: string;
  /** The folder it was taken on: a lock found in another folder came with a copy. */
  dataDir?: string;
};

/** This process may not open the folder: the message says why and what to do. */
export class DataDirRefusedError extends Error {
  override name = 'DataDirRefusedError';
}

/** The folder is held by another process that still runs (or that cannot be checked). */
export class DataDirBusyError extends DataDirRefusedError {
  override name = 'DataDirBusyError';
  readonly holder: LockHolder;
  readonly dataDir: string;
  constructor(dataDir: string, holder: LockHolder, lockPath: string) {
    super(busyMessage(dataDir, holder, lockPath));
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

export type DataDirLock = {
  readonly path: string;
  /** Tells later contenders where the holder serves (a server, once it listens). */
  setAddress(address: string): void;
  release(): void;
};

const held = new Map<string, DataDirLock>();

/** The lock this process holds on a folder, if any. */
export const heldLock = (dataDir: string): DataDirLock | undefined => held.get(resolve(dataDir));

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
};

const bootId = (): string | null => readText('/proc/sys/kernel/random/boot_id');

/** Field 22 of /proc/<pid>/stat (after the parenthesised command name, which may hold spaces). */
function processStart(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the recorded holder still runs on this machine (true when that cannot be told). */
export function holderIsAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  const boot = bootId();
  if (boot && holder.bootId && boot !== holder.bootId) return false;
  if (!isRunning(holder.pid)) return false;
  const start = processStart(holder.pid);
  return !(start && holder.processStart && start !== holder.processStart);
}

function parseHolder(text: string | null): LockHolder | null {
  if (!text) return null;
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    return typeof h.pid === 'number' && typeof h.token === 'string' ? (h as LockHolder) : null;
  } catch {
    return null;
  }
}

function busyMessage(dataDir: string, holder: LockHolder, lockPath: string): string {
  const who = holder.address ? `the server at ${holder.address}` : `"${holder.command}"`;
  const where = holder.host === hostname() ? `pid ${holder.pid}` : `pid ${holder.pid} on the host ${holder.host}`;
  const stop = holder.address
    ? `Stop that server (Ctrl-C in its terminal, or kill ${holder.pid}) and try again`
    : `Wait until it has finished, or stop it (kill ${holder.pid}), and try again`;
  const gone = holder.host === hostname() ? '' : ` If that process is gone, remove ${lockPath}.`;
  return (
    `The embedded database in ${dataDir} is in use by ${who} (${where}, since ${holder.since}). ` +
    `Only one process may open it at a time, or what one writes is lost. ${stop}; ` +
    `or run Boligsocial on PostgreSQL (DATABASE_URL) to use the command line beside a running server.${gone}`
  );
}

function copiedMessage(dataDir: string, holder: LockHolder, lockPath: string): string {
  return (
    `The embedded database in ${dataDir} is a copy of ${holder.dataDir ?? '?'} taken while "${holder.command}" ` +
    `(pid ${holder.pid}) had it open, and such a copy can be broken. Restore a backup made with ` +
    `"boligsocial backup" instead; if you know this copy is sound, remove ${lockPath} and start again.`
  );
}

function writeExclusive(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

const removeIfPresent = (path: string) => {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
};

const UNREADABLE_STALE_MS = 2_000;

const ageMs = (path: string): number => {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A takeover file older than this was left by a process that died in the few lines below. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * Removes a stale lock so that the caller can try to create its own. Returns false when another
 * process is taking over at this moment (the caller then reads the lock again).
 */
function removeStale(lockPath: string, stale: LockHolder | null): boolean {
  const takeover = `${lockPath}.takeover`;
  if (!writeExclusive(takeover, String(process.pid))) {
    if (ageMs(takeover) > TAKEOVER_STALE_MS) removeIfPresent(takeover);
    return false;
  }
  try {
    // Under the takeover file nobody else removes the lock; remove it only if it is still the stale one.
    const now = parseHolder(readText(lockPath));
    if (now?.token === stale?.token) removeIfPresent(lockPath);
    return true;
  } finally {
    removeIfPresent(takeover);
  }
}

/**
 * Takes the folder for this process, or throws DataDirBusyError naming the holder. `command` says
 * what this process is ("boligsocial serve", "boligsocial users add").
 */
export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  const dir = resolve(dataDir);
  const existing = held.get(dir);
  if (existing) return existing;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  let holder: LockHolder = {
    pid: process.pid,
    command,
    address: null,
    since: new Date().toISOString(),
    host: hostname(),
    bootId: bootId(),
    processStart: processStart(process.pid),
    token: randomBytes(12).toString('hex'),
    dataDir: dir,
  };
  for (let attempt = 0; ; attempt++) {
    if (writeExclusive(path, JSON.stringify(holder))) break;
    const text = readText(path);
    const other = parseHolder(text);
    if (other?.dataDir && other.dataDir !== dir) throw new DataDirRefusedError(copiedMessage(dataDir, other, path));
    if (other && holderIsAlive(other)) throw new DataDirBusyError(dataDir, other, path);
    if (attempt > 250) throw new Error(`Could not take the lock ${path}: it changes all the time`);
    if (text === null) continue; // removed meanwhile: try again
    // An unreadable lock is being written right now, or was cut short by a crash between create
    // and write: only an old one is stale.
    if ((!other && ageMs(path) < UNREADABLE_STALE_MS) || !removeStale(path, other)) pause(20);
  }

  const onExit = () => lock.release();
  const lock: DataDirLock = {
    path,
    setAddress(address) {
      holder = { ...holder, address };
      const temp = `${path}.${holder.token}`;
      writeExclusive(temp, JSON.stringify(holder));
      renameSync(temp, path);
    },
    release() {
      process.off('exit', onExit);
      held.delete(dir);
      if (parseHolder(readText(path))?.token === holder.token) removeIfPresent(path);
    },
  };
  process.on('exit', onExit);
  held.set(dir, lock);
  return lock;
}
