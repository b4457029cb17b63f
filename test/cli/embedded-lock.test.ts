/**
 * One process at a time on the embedded database: the server and the CLI as subprocesses on one
 * data folder. A second opener is refused with a message naming the holder; nothing it would have
 * written goes anywhere; a lock left by kill -9 is taken over with the data intact; a backup is
 * never taken from a folder that a server holds. On PostgreSQL none of this applies: the CLI works
 * beside a running server, which sees what it wrote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Env, type ServerProcess, embeddedEnv, postgresEnv, ready, runCli, spawnServer, stopServer } from '../helpers/cli.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
const password = 'a long enough password';

async function signIn(server: ServerProcess, email: string): Promise<Response> {
  return fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe.skipIf(Boolean(serverUrl))('the embedded database folder', () => {
  let env: Env;
  let dataDir: string;
  let cleanup = async () => {};
  const cli = (args: string[], input?: string) => runCli(env, args, { input });
  const lockFile = () => join(dataDir, 'boligsocial.lock');
  const emails = async () => {
    const list = await cli(['users', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    return (JSON.parse(list.stdout).items as { email: string }[]).map((u) => u.email);
  };

  beforeAll(async () => {
    ({ env, dataDir, cleanup } = embeddedEnv());
    env.DEMO = 'false';
    expect((await cli(['seed'])).code).toBe(0);
    const added = await cli(['users', 'add', '--email', 'first@kk.example', '--name', 'First', '--role', 'admin', '--municipality', '101', '--password-stdin'], password);
    expect(added.code, added.stderr).toBe(0);
    expect(existsSync(lockFile()), 'a finished command gives the folder back').toBe(false);
  }, 120_000);
  afterAll(() => cleanup());

  it('refuses the command line while the server runs, and loses nothing', async () => {
    const server = await spawnServer(env);
    try {
      expect(await ready(server), server.log()).toBe(true);
      const holder = JSON.parse(readFileSync(lockFile(), 'utf8')) as { pid: number; address: string };
      expect(holder).toMatchObject({ pid: server.child.pid, address: server.url });

      const add = await cli(['users', 'add', '--email', 'lost@kk.example', '--name', 'Lost', '--role', 'researcher', '--password-stdin'], password);
      expect(add.code).toBe(1);
      expect(add.stdout).not.toContain('Added');
      expect(add.stderr).toContain(`in use by the server at ${server.url} (pid ${server.child.pid}`);
      expect(add.stderr).toContain(`Stop that server (Ctrl-C in its terminal, or kill ${server.child.pid})`);
      expect(add.stderr).toContain('DATABASE_URL');
      for (const args of [['seed'], ['migrate'], ['users', 'list']]) {
        const res = await cli(args);
        expect(res.code, args.join(' ')).toBe(1);
        expect(res.stderr, args.join(' ')).toContain('is in use by the server');
      }
      const backupFile = join(dataDir, '..', 'while-running.tar.gz');
      const backup = await cli(['backup', '--out', backupFile]);
      expect(backup.code).toBe(1);
      expect(backup.stderr).toContain('is in use by the server');
      expect(existsSync(backupFile)).toBe(false);

      // The server still serves its own data.
      expect((await signIn(server, 'first@kk.example')).status).toBe(204);
      expect((await signIn(server, 'lost@kk.example')).status).toBe(401);
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
    expect(existsSync(lockFile()), 'a stopped server gives the folder back').toBe(false);
    const after = await emails();
    expect(after).toContain('first@kk.example');
    expect(after).not.toContain('lost@kk.example');
  }, 120_000);

  it('refuses a second server on the same folder', async () => {
    const first = await spawnServer(env);
    try {
      expect(await ready(first), first.log()).toBe(true);
      const second = await spawnServer(env, ['serve']);
      expect(await second.exited).toBe(1);
      expect(second.log()).toContain(`in use by the server at ${first.url} (pid ${first.child.pid}`);
      const third = await spawnServer(env);
      expect(await third.exited).toBe(1);
      expect(third.log()).toContain(`pid ${first.child.pid}`);
      expect(third.log()).not.toMatch(/\n\s+at /); // one plain message, no stack
      expect((await fetch(`${first.url}/api/health/ready`)).status).toBe(200);
    } finally {
      expect(await stopServer(first)).toBe(0);
    }
  }, 120_000);

  it('takes over the lock of a server killed with kill -9, with every acknowledged write intact', async () => {
    const killed = await spawnServer(env);
    expect(await ready(killed), killed.log()).toBe(true);
    const login = await signIn(killed, 'first@kk.example'); // writes a session row
    expect(login.status).toBe(204);
    await stopServer(killed, 'SIGKILL');
    expect(existsSync(lockFile()), 'kill -9 leaves its lock behind').toBe(true);

    const next = await spawnServer(env);
    try {
      expect(await ready(next), next.log()).toBe(true);
      const me = await fetch(`${next.url}/api/auth/me`, { headers: { cookie: cookieOf(login) } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { email: string }).email).toBe('first@kk.example');
      expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(next.child.pid);
    } finally {
      expect(await stopServer(next)).toBe(0);
    }
  }, 120_000);

  it('backs up a stopped database and restores it into an empty folder', async () => {
    const file = join(dataDir, '..', 'backup.tar.gz');
    const backup = await cli(['backup', '--out', file]);
    expect(backup.code, backup.stderr).toBe(0);
    expect((await cli(['backup', '--out', file])).stderr).toContain('exists already');

    const restoredDir = join(dataDir, '..', 'restored');
    const restoredEnv = { ...env, DATA_DIR: restoredDir };
    const restore = await runCli(restoredEnv, ['restore', '--from', file]);
    expect(restore.code, restore.stderr).toBe(0);
    const list = await runCli(restoredEnv, ['users', 'list', '--json']);
    expect((JSON.parse(list.stdout).items as { email: string }[]).map((u) => u.email)).toContain('first@kk.example');
    expect(existsSync(join(restoredDir, 'boligsocial.lock'))).toBe(false);

    const again = await runCli(restoredEnv, ['restore', '--from', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is not empty');
  }, 120_000);
});

describe.skipIf(!serverUrl)('on PostgreSQL', () => {
  let env: Env;
  let cleanup = async () => {};
  beforeAll(async () => {
    ({ env, cleanup } = await postgresEnv(serverUrl ?? ''));
  });
  afterAll(() => cleanup());

  it('the command line works beside a running server, which sees what it wrote', async () => {
    const server = await spawnServer(env);
    try {
      expect(await ready(server), server.log()).toBe(true);
      const add = await runCli(env, ['users', 'add', '--email', 'beside@kk.example', '--name', 'Beside', '--role', 'researcher', '--password-stdin'], { input: password });
      expect(add.code, add.stderr).toBe(0);
      expect((await signIn(server, 'beside@kk.example')).status).toBe(204);
      const backup = await runCli(env, ['backup', '--out', '/tmp/never.tar.gz']);
      expect(backup.code).toBe(1);
      expect(backup.stderr).toContain('pg_dump');
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
  }, 120_000);
});
