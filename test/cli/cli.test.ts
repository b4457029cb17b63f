/**
 * The CLI as its users run it: a subprocess on a temporary data folder, or on a fresh PostgreSQL
 * database when TEST_DATABASE_URL is set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Env, embeddedEnv, postgresEnv, ready, runCli, spawnServer, stopServer } from '../helpers/cli.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
let env: Env = {};
let cleanup = async () => {};

beforeAll(async () => {
  ({ env, cleanup } = serverUrl ? await postgresEnv(serverUrl) : embeddedEnv());
});
afterAll(() => cleanup());

const cli = (args: string[], options: { input?: string; env?: Env } = {}) => runCli(env, args, options);

const password = 'a long enough password';

describe('boligsocial', () => {
  it('explains itself', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['migrate', 'seed', 'serve', 'users add', 'users list', 'backup', 'restore']) expect(help.stdout).toContain(command);
    const addHelp = await cli(['users', 'add', '--help']);
    expect(addHelp.code).toBe(0);
    expect(addHelp.stdout).toContain('--password-stdin');
    for (const command of ['migrate', 'seed', 'serve', 'users', 'backup', 'restore']) expect((await cli([command, '--help'])).code, command).toBe(0);
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
    const server = await spawnServer(env, ['serve']);
    try {
      expect(await ready(server), server.log()).toBe(true);
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
  }, 60_000);
});
