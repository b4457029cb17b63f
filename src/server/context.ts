/** What a use case gets: the database, who is acting, and the request id for the audit trail. */
import type { Actor } from '../domain/roles.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from './db/create-db.ts';

export type Ctx = { db: Db; actor: Actor | null; requestId: string | null };
export type SignedInCtx = Ctx & { actor: Actor };

export function signedIn(ctx: Ctx): SignedInCtx {
  if (!ctx.actor) {
    throw new AppError('unauthenticated', { da: 'Du skal logge ind', en: 'You must sign in' });
  }
  return ctx as SignedInCtx;
}
