/**
 * The CLI as its users run it: a subprocess on a temporary data folder, or on a fresh PostgreSQL
 * database when TEST_DATABASE_URL is set.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase } from '../helpers/db.ts';

const main = join(import.meta.dirname, '../../src/cli/main.ts');
const serverUrl = process.env.TEST_DATABASE_URL;
let env: Record<string, string> = {};
let cleanup = async () => {};

beforeAll(async () => {
  const base = { ...process.env, LOG_LEVEL: 'warn', WEB_DIST: '' } as Record<string, string>;
  delete base.DATABASE_URL;
  delete base.DEMO;
  delete base.BOLIGSOCIAL_PASSWORD;
  if (serverUrl) {
    const database = await createServerDatabase(serverUrl, 'bs_cli');
    env = { ...base, DATABASE_URL: database.url };
    cleanup = database.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'boligsocial-cli-'));
    env = { ...base, DATA_DIR: join(dir, 'data') };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => cleanup());

type Result = { code: number | null; stdout: string; stderr: string };

function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, ...args], { env: { ...env, ...options.env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const password = 'a long enough password';

describe('boligsocial', () => {
  it('explains itself', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['migrate', 'seed', 'serve', 'users add', 'users list']) expect(help.stdout).toContain(command);
    const addHelp = await cli(['users', 'add', '--help']);
    expect(addHelp.code).toBe(0);
    expect(addHelp.stdout).toContain('--password-stdin');
    for (const command of ['migrate', 'seed', 'serve', 'users']) expect((await cli([command, '--help'])).code, command).toBe(0);
  }, 60_000);

  it('runs through bin/boligsocial.js, on this Node and on an older one', async () => {
    const shim = join(import.meta.dirname, '../../bin/boligsocial.js');
    const run = (node: string) => spawnSync(node, [shim, 'users', '--help'], { env, encoding: 'utf8' });
    const direct = run(process.execPath);
    expect(direct.status, direct.stderr).toBe(0);
    expect(direct.stdout).toContain('users <add|list>');
    // The machines here have Node 20 as the system Node: the shim re-runs the CLI on node_modules/node.
    const system = '/usr/bin/node';
    if (existsSync(system)) {
      const older = run(system);
      expect(older.status, older.stderr).toBe(0);
      expect(older.stdout).toContain('users <add|list>');
    }
  }, 60_000);

  it('fails clearly on a usage mistake', async () => {
    const none = await cli([]);
    expect(none.code).toBe(2);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const flag = await cli(['migrate', '--fast']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("'--fast'");
    const role = await cli(['users', 'add', '--email', 'a@b.dk', '--name', 'A', '--role', 'king'], { input: password });
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('Unknown role "king"');
    const port = await cli(['serve', '--port', 'eighty']);
    expect(port.code).toBe(2);
  }, 60_000);

  it('says when the database cannot be reached', async () => {
    const res = await cli(['migrate'], { env: { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' } });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Cannot reach the database');
    expect(res.stderr).not.toContain('secret');
  });

  it('migrates, seeds, adds and lists users', async () => {
    const migrated = await cli(['migrate']);
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(migrated.stdout).toContain('2026-11-25-01-foundation');
    const again = await cli(['migrate']);
    expect(again.stdout).toContain('up to date');

    const seeded = await cli(['seed', '--demo']);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect((await cli(['seed'])).stdout).toContain('already there');

    const added = await cli(
      ['users', 'add', '--email', 'Anna.Holm@KK.example', '--name', 'Anna Holm', '--role', 'case_worker', '--administration', 'TMF', '--password-stdin'],
      { input: `${password}\n` },
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('anna.holm@kk.example');

    const fromEnv = await cli(['users', 'add', '--email', 'lbf@fund.example', '--name', 'LBF', '--role', 'fund_officer'], {
      env: { BOLIGSOCIAL_PASSWORD: password },
    });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);

    const duplicate = await cli(['users', 'add', '--email', 'anna.holm@kk.example', '--name', 'A', '--role', 'researcher', '--password-stdin'], { input: password });
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('already exists');

    const unknownScope = await cli(['users', 'add', '--email', 'x@kk.example', '--name', 'X', '--role', 'case_worker', '--administration', 'XYZ', '--password-stdin'], { input: password });
    expect(unknownScope.code).toBe(1);
    expect(unknownScope.stderr).toContain('Unknown administration "XYZ"');
    expect(unknownScope.stderr).toContain('TMF');

    const noScope = await cli(['users', 'add', '--email', 'x@kk.example', '--name', 'X', '--role', 'housing_staff', '--password-stdin'], { input: password });
    expect(noScope.code).toBe(1);
    expect(noScope.stderr).toContain('--organisation');

    const short = await cli(['users', 'add', '--email', 'x@kk.example', '--name', 'X', '--role', 'researcher', '--password-stdin'], { input: 'short' });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('12 characters');

    const list = await cli(['users', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).not.toMatch(/argon2|passwordHash/);
    const users = JSON.parse(list.stdout).items as { email: string; role: string; scope: string; demo: boolean }[];
    expect(users).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: 'anna.holm@kk.example', role: 'case_worker', scope: 'TMF', demo: false }),
        expect.objectContaining({ email: 'lbf@fund.example', role: 'fund_officer' }),
        expect.objectContaining({ email: 'admin@demo.example', demo: true }),
      ]),
    );
    expect(users.map((u) => u.email)).not.toContain('x@kk.example');
    const table = await cli(['users', 'list']);
    expect(table.stdout).toMatch(/anna\.holm@kk\.example\s+case_worker\s+TMF/);
  }, 120_000);

  it('serves until stopped', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [main, 'serve', '--port', String(port)], { env, stdio: 'pipe' });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    try {
      const deadline = Date.now() + 30_000;
      let status = 0;
      while (Date.now() < deadline && status !== 200) {
        status = await fetch(`http://127.0.0.1:${port}/api/health/ready`).then((r) => r.status, () => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status, log).toBe(200);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    expect(child.exitCode).toBe(0);
  }, 60_000);
});

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
