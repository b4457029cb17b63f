import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, LOCK_FILE, type LockHolder, acquireDataDirLock, heldLock, holderIsAlive } from './data-dir-lock.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'boligsocial-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockPath = () => join(dir, LOCK_FILE);
const readHolder = () => JSON.parse(readFileSync(lockPath(), 'utf8')) as LockHolder;
const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
/** The parent process runs for the whole test: a live holder that is not this process. */
const live = (): LockHolder => ({
  pid: process.ppid,
  command: 'boligsocial serve',
  address: 'http://127.0.0.1:3000',
  since: '2026-12-04T08:00:00.000Z',
  host: hostname(),
  bootId,
  processStart: null,
  token: 'other',
});
const plant = (holder: LockHolder) => writeFileSync(lockPath(), JSON.stringify(holder));

describe('the data folder lock', () => {
  it('is taken, described and given back', () => {
    const lock = acquireDataDirLock(dir, 'boligsocial seed');
    expect(readHolder()).toMatchObject({ pid: process.pid, command: 'boligsocial seed', address: null, host: hostname() });
    expect(heldLock(dir)).toBe(lock);
    expect(acquireDataDirLock(dir, 'again')).toBe(lock); // one process, one lock
    lock.setAddress('http://127.0.0.1:4000');
    expect(readHolder().address).toBe('http://127.0.0.1:4000');
    lock.release();
    expect(existsSync(lockPath())).toBe(false);
    expect(heldLock(dir)).toBeUndefined();
  });

  it('refuses while a live process holds it, naming the holder and what to do', () => {
    plant(live());
    const attempt = () => acquireDataDirLock(dir, 'boligsocial users add');
    expect(attempt).toThrow(DataDirBusyError);
    expect(attempt).toThrow(`in use by the server at http://127.0.0.1:3000 (pid ${process.ppid}`);
    expect(attempt).toThrow(`kill ${process.ppid}`);
    expect(readHolder().token).toBe('other'); // untouched
  });

  it('names a command that is not a server, and a holder on another host', () => {
    plant({ ...live(), address: null, command: 'boligsocial seed --demo' });
    expect(() => acquireDataDirLock(dir, 'x')).toThrow('in use by "boligsocial seed --demo"');
    plant({ ...live(), host: 'elsewhere', pid: 1 });
    expect(() => acquireDataDirLock(dir, 'x')).toThrow(`pid 1 on the host elsewhere`);
    expect(() => acquireDataDirLock(dir, 'x')).toThrow(`remove ${lockPath()}`);
  });

  it.each([
    ['its pid no longer runs', { pid: 2 ** 22 + 7 }],
    ['its pid now belongs to a process started at another time', { processStart: '1' }],
    ['the machine has rebooted since', { bootId: 'another-boot' }],
  ])('is taken over when the holder is gone: %s', (_, change) => {
    const stale = { ...live(), ...change };
    expect(holderIsAlive(stale)).toBe(false);
    plant(stale);
    const lock = acquireDataDirLock(dir, 'boligsocial serve');
    expect(readHolder().pid).toBe(process.pid);
    lock.release();
  });

  it('waits for a lock being written, and takes over one cut short long ago', () => {
    writeFileSync(lockPath(), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath(), old, old);
    acquireDataDirLock(dir, 'x').release();

    writeFileSync(lockPath(), '');
    const started = Date.now();
    acquireDataDirLock(dir, 'x').release(); // a young empty lock is someone's: it waits until it is old
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
  });

  it('refuses a folder copied while a process held it', () => {
    plant({ ...live(), pid: 2 ** 22 + 7, dataDir: '/srv/boligsocial/data' });
    expect(() => acquireDataDirLock(dir, 'x')).toThrow('is a copy of /srv/boligsocial/data taken while "boligsocial serve"');
    expect(readHolder().token).toBe('other');
  });

  it('gives back only its own lock', () => {
    const lock = acquireDataDirLock(dir, 'x');
    plant(live()); // somebody removed ours and took the folder
    lock.release();
    expect(readHolder().token).toBe('other');
  });

  it('lets exactly one of several processes that find the same stale lock take it over', async () => {
    plant({ ...live(), pid: 2 ** 22 + 7 });
    const script = `
      import { acquireDataDirLock } from ${JSON.stringify(join(import.meta.dirname, 'data-dir-lock.ts'))};
      try { acquireDataDirLock(process.argv[1], 'racer'); console.log('got'); setTimeout(() => {}, 1500); }
      catch (e) { console.log(e.name); }`;
    const race = () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', () => resolve(out.trim()));
      });
    const results = await Promise.all([race(), race(), race(), race()]);
    expect(results.filter((r) => r === 'got')).toHaveLength(1);
    expect(results.filter((r) => r === 'DataDirBusyError')).toHaveLength(3);
    expect(existsSync(lockPath()), 'the winner gave it back at exit').toBe(false);
  }, 30_000);
});
