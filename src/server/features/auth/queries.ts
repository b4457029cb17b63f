import { sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';

/** The columns of a user that make the actor: the role and its scope (src/domain/roles.ts). */
export const actorColumns = [
  'appUser.role',
  'appUser.municipalityId',
  'appUser.administrationId',
  'appUser.housingOrganisationId',
  'appUser.urbanAreaId',
] as const;

export const findUserByEmail = (db: Db, email: string) =>
  db.selectFrom('appUser').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();

export async function countRecentFailures(db: Db, email: string, ip: string, minutes: number) {
  const since = sql<Date>`now() - make_interval(mins => ${minutes})`;
  const row = await db
    .selectFrom('loginAttempt')
    .select([
      sql<number>`count(*) filter (where email = ${email.toLowerCase()})::int`.as('byEmail'),
      sql<number>`count(*) filter (where ip = ${ip})::int`.as('byIp'),
    ])
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return row;
}

export const recordLoginAttempt = (db: Db, email: string, ip: string, succeeded: boolean) =>
  db.insertInto('loginAttempt').values({ email: email.toLowerCase(), ip, succeeded }).execute();

export const insertSession = (db: Db, tokenHash: string, userId: string, csrfToken: string) =>
  db.insertInto('session').values({ tokenHash, userId, csrfToken }).execute();

/** The session with its user, if it is still within its idle and absolute timeouts. */
export const findLiveSession = (db: Db, tokenHash: string, idleMinutes: number, maxHours: number) =>
  db
    .selectFrom('session')
    .innerJoin('appUser', 'appUser.id', 'session.userId')
    .select([
      'session.tokenHash',
      'session.csrfToken',
      'session.lastSeenAt',
      'appUser.id as userId',
      'appUser.email',
      'appUser.displayName',
      ...actorColumns,
    ])
    .where('session.tokenHash', '=', tokenHash)
    .where('appUser.active', '=', true)
    .where('session.lastSeenAt', '>', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)
    .where('session.createdAt', '>', sql<Date>`now() - make_interval(hours => ${maxHours})`)
    .executeTakeFirst();

export const touchSession = (db: Db, tokenHash: string) =>
  db.updateTable('session').set({ lastSeenAt: sql`now()` }).where('tokenHash', '=', tokenHash).execute();

export const deleteSession = (db: Db, tokenHash: string) =>
  db.deleteFrom('session').where('tokenHash', '=', tokenHash).execute();

export const deleteExpiredSessions = (db: Db, idleMinutes: number, maxHours: number) =>
  db
    .deleteFrom('session')
    .where((eb) =>
      eb.or([
        eb('lastSeenAt', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
        eb('createdAt', '<=', sql<Date>`now() - make_interval(hours => ${maxHours})`),
      ]),
    )
    .execute();

export const listDemoUsers = (db: Db) =>
  db
    .selectFrom('appUser')
    .select(['email', 'displayName', 'role'])
    .where('demo', '=', true)
    .where('active', '=', true)
    .orderBy('email')
    .execute();
