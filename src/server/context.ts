/** What a use case gets: the database, who is acting, and the request id for the audit trail. */
import type { Actor } from '../domain/roles.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from './db/create-db.ts';

export type Ctx = { db: Db; actor: Actor | null; requestId: string | null };

/**
 * The CLI acts as the system: it has the database already, so it is trusted. Use cases that the
 * CLI shares with the API authorize only when `system` is not set.
 */
export type SystemCtx = Ctx & { actor: null; system: true };
export const systemCtx = (db: Db, requestId = 'cli'): SystemCtx => ({ db, actor: null, requestId, system: true });
export type SignedInCtx = Ctx & { actor: Actor };

export function signedIn(ctx: Ctx): SignedInCtx {
  if (!ctx.actor) {
    throw new AppError('unauthenticated', { da: 'Du skal logge ind', en: 'You must sign in' });
  }
  return ctx as SignedInCtx;
}
