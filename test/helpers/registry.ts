/** Small helpers for the registry API tests: If-Match headers and the audit trail. */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../src/server/db/create-db.ts';
import type { Session, TestApp } from './app.ts';

export const ifMatch = (version: number | string) => ({ 'if-match': `"${version}"` });

export async function auditCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('auditEvent')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const auditOf = (db: Db, resourceId: string) =>
  db.selectFrom('auditEvent').selectAll().where('resourceId', '=', resourceId).orderBy('id').execute();

/** A problem+json answer with this status; returns the body. */
export function expectProblem(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  return res.json() as { detail: string; violations?: { rule: string; path: string; message: string }[] };
}

export const violationPaths = (res: LightMyRequestResponse): string[] =>
  ((res.json() as { violations?: { path: string }[] }).violations ?? []).map((v) => v.path);

/** Another municipality with one urban area, put straight into the database. */
export async function otherMunicipality(db: Db) {
  const municipality = await db
    .insertInto('municipality')
    .values({ code: '147', name: 'Frederiksberg Kommune' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const area = await db
    .insertInto('urbanArea')
    .values({ municipalityId: municipality.id, name: 'Frederiksberg Syd' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { municipalityId: municipality.id, urbanAreaId: area.id };
}

/** Signs each demo user in once per test file (password hashing is slow on purpose). */
export function cachedSignIn(t: TestApp): (email: string) => Promise<Session> {
  const sessions = new Map<string, Promise<Session>>();
  return (email) => {
    let session = sessions.get(email);
    if (!session) {
      session = t.signIn(email);
      sessions.set(email, session);
    }
    return session;
  };
}
