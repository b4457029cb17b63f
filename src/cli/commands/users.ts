import { readFileSync } from 'node:fs';
import { AppError } from '../../domain/errors.ts';
import { type Role, roleNames, roles, scopeOfRole } from '../../domain/roles.ts';
import { loadConfig } from '../../server/config.ts';
import { systemCtx } from '../../server/context.ts';
import type { Db } from '../../server/db/create-db.ts';
import { addUser } from '../../server/features/users/add-user.ts';
import { listUsers } from '../../server/features/users/queries.ts';
import { parse } from '../args.ts';
import { withDb } from '../database.ts';
import { CliError, usageError } from '../errors.ts';

/** The option that sets each field of the use case's input, to name in error messages. */
const flagOf: Record<string, string> = {
  email: '--email',
  displayName: '--name',
  role: '--role',
  password: 'password',
  municipalityId: '--municipality',
  administrationId: '--administration',
  housingOrganisationId: '--organisation',
  urbanAreaId: '--urban-area',
};
const withFlagNames = (err: AppError): AppError =>
  new AppError(err.code, err.text, err.violations.map((v) => ({ ...v, path: flagOf[v.path] ?? v.path })));

const roleList = roles.map((r) => `${r.padEnd(14)} ${roleNames[r].en}`).join('\n               ');

export const addHelp = `Usage: boligsocial users add --email E --name N --role R [scope] [--password-stdin]

Adds a user. The password comes from standard input with --password-stdin (one line), or from the
environment variable BOLIGSOCIAL_PASSWORD; it must be at least 12 characters.

Options:
  --email E                  e-mail address (stored in lower case; unique)
  --name N                   display name
  --role R                   one of:
               ${roleList}
  --municipality CODE        admin: the municipality's number (Copenhagen: 101)
  --administration ABBR      case_worker: the administration's abbreviation (e.g. TMF)
  --organisation NAME        housing_staff: the housing organisation (e.g. fsb)
  --urban-area NAME          forum_member: the urban area or one of its aliases (e.g. Nørrebro)
  --password-stdin           read the password from standard input

Example:
  echo "$PASSWORD" | boligsocial users add --email anna@kk.dk --name "Anna Holm" \\
    --role case_worker --administration TMF --password-stdin`;

export const listHelp = `Usage: boligsocial users list [--json]

Lists every user with role, scope and status (never a password).

Options:
  --json    one JSON document instead of a table`;

export const help = `Usage: boligsocial users <add|list> [options]

Commands:
  add     add a user with one role and scope
  list    list the users

Run "boligsocial users <command> --help" for the options of each.`;

async function readPassword(fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) {
    if (process.stdin.isTTY) throw new CliError('--password-stdin expects the password on standard input (pipe it in)');
    const text = readFileSync(0, 'utf8');
    const line = text.replace(/\r?\n$/, '');
    if (line.includes('\n')) throw new CliError('--password-stdin expects one line');
    if (line === '') throw new CliError('--password-stdin read no password from standard input');
    return line;
  }
  const fromEnv = process.env.BOLIGSOCIAL_PASSWORD;
  if (fromEnv) return fromEnv;
  throw usageError('No password: use --password-stdin or set BOLIGSOCIAL_PASSWORD', addHelp);
}

const known = (names: string[]) => (names.length > 0 ? ` Known: ${names.join(', ')}.` : ' There are none yet; run "boligsocial seed" first.');

/** Finds the scope row named on the command line, or says which names exist. */
async function scopeIds(db: Db, values: { municipality?: string; administration?: string; organisation?: string; 'urban-area'?: string }) {
  const ids: { municipalityId?: string; administrationId?: string; housingOrganisationId?: string; urbanAreaId?: string } = {};
  let municipalityId: string | undefined;
  if (values.municipality !== undefined) {
    const all = await db.selectFrom('municipality').select(['id', 'code', 'name']).orderBy('code').execute();
    const hit = all.find((m) => m.code === values.municipality || m.name.toLowerCase() === values.municipality!.toLowerCase());
    if (!hit) throw new CliError(`Unknown municipality "${values.municipality}".${known(all.map((m) => `${m.code} (${m.name})`))}`);
    municipalityId = hit.id;
    ids.municipalityId = hit.id;
  }
  if (values.administration !== undefined) {
    const all = await db
      .selectFrom('administration')
      .select(['id', 'abbreviation', 'name', 'municipalityId'])
      .$if(municipalityId !== undefined, (q) => q.where('municipalityId', '=', municipalityId!))
      .orderBy('abbreviation')
      .execute();
    const wanted = values.administration.toLowerCase();
    const hits = all.filter((a) => a.abbreviation.toLowerCase() === wanted || a.name.toLowerCase() === wanted);
    if (hits.length === 0) throw new CliError(`Unknown administration "${values.administration}".${known(all.map((a) => a.abbreviation))}`);
    if (hits.length > 1) throw new CliError(`"${values.administration}" names administrations in several municipalities; add --municipality CODE`);
    ids.administrationId = hits[0]!.id;
  }
  if (values.organisation !== undefined) {
    const all = await db.selectFrom('housingOrganisation').select(['id', 'name', 'shortName']).orderBy('name').execute();
    const wanted = values.organisation.toLowerCase();
    const hit = all.find((o) => o.name.toLowerCase() === wanted) ?? all.find((o) => o.shortName.toLowerCase() === wanted);
    if (!hit) throw new CliError(`Unknown housing organisation "${values.organisation}".${known(all.map((o) => o.name))}`);
    ids.housingOrganisationId = hit.id;
  }
  if (values['urban-area'] !== undefined) {
    const all = await db
      .selectFrom('urbanArea')
      .select(['id', 'name', 'aliases'])
      .$if(municipalityId !== undefined, (q) => q.where('municipalityId', '=', municipalityId!))
      .orderBy('name')
      .execute();
    const wanted = values['urban-area'].toLowerCase();
    const hits = all.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === wanted));
    if (hits.length === 0) throw new CliError(`Unknown urban area "${values['urban-area']}".${known(all.map((a) => a.name))}`);
    if (hits.length > 1) throw new CliError(`"${values['urban-area']}" names urban areas in several municipalities; add --municipality CODE`);
    ids.urbanAreaId = hits[0]!.id;
  }
  return ids;
}

export async function usersAdd(args: string[]): Promise<void> {
  const { values } = parse(
    args,
    {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      municipality: { type: 'string' },
      administration: { type: 'string' },
      organisation: { type: 'string' },
      'urban-area': { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    addHelp,
  );
  const missing = (['email', 'name', 'role'] as const).filter((k) => values[k] === undefined).map((k) => `--${k}`);
  if (missing.length > 0) throw usageError(`Missing ${missing.join(', ')}`, addHelp);
  if (!(roles as readonly string[]).includes(values.role!)) {
    throw usageError(`Unknown role "${values.role}". Roles: ${roles.join(', ')}`, addHelp);
  }
  const password = await readPassword(values['password-stdin']);
  const role = values.role as Role;
  const config = loadConfig();
  const user = await withDb(config, async (db) => {
    const scope = await scopeIds(db, values);
    // An admin's scope is the municipality; for the other roles it only narrows the name look-up.
    if (scopeOfRole[role] !== 'municipalityId') delete scope.municipalityId;
    return addUser(systemCtx(db), { email: values.email!, displayName: values.name!, role, password, ...scope }).catch((err: unknown) => {
      throw err instanceof AppError ? withFlagNames(err) : err;
    });
  });
  console.log(`Added ${user.email} (${user.role}) with id ${user.id}.`);
}

export async function usersList(args: string[]): Promise<void> {
  const { values } = parse(args, { json: { type: 'boolean' } }, listHelp);
  const config = loadConfig();
  const rows = await withDb(config, async (db) => {
    const users = await listUsers(db, {}, { limit: 100_000, after: null });
    const names = new Map<string, string>();
    for (const m of await db.selectFrom('municipality').select(['id', 'code']).execute()) names.set(m.id, `municipality ${m.code}`);
    for (const a of await db.selectFrom('administration').select(['id', 'abbreviation']).execute()) names.set(a.id, a.abbreviation);
    for (const o of await db.selectFrom('housingOrganisation').select(['id', 'name']).execute()) names.set(o.id, o.name);
    for (const u of await db.selectFrom('urbanArea').select(['id', 'name']).execute()) names.set(u.id, u.name);
    return users.map((u) => {
      const field = scopeOfRole[u.role];
      const scopeId = field ? u[field] : null;
      return {
        email: u.email,
        name: u.displayName,
        role: u.role,
        scope: scopeId ? (names.get(scopeId) ?? scopeId) : 'all municipalities',
        active: u.active,
        demo: u.demo,
        id: u.id,
      };
    });
  });
  if (values.json) {
    console.log(JSON.stringify({ items: rows }, null, 2));
    return;
  }
  if (rows.length === 0) {
    console.log('No users yet. Add one with "boligsocial users add".');
    return;
  }
  const table = rows.map((r) => [r.email, r.role, r.scope, r.active ? 'active' : 'inactive', r.demo ? 'demo' : '', r.name]);
  const header = ['E-MAIL', 'ROLE', 'SCOPE', 'STATUS', '', 'NAME'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  for (const row of [header, ...table]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}
