/**
 * Route-level access, deny by default: every route names what it needs in `config.access`, and a
 * route that names nothing answers 403 to everybody. Resource-level checks (whose estate is it?)
 * happen in the use case with `authorize` from src/domain/authorization.ts.
 */
import type { FastifyRequest } from 'fastify';
import { type Action, mayAttempt } from '../../domain/authorization.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';

/** `public`: anybody; `signed_in`: any signed-in user; otherwise an action of the policy. */
export type Access = 'public' | 'signed_in' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const unauthenticated = () =>
  new AppError('unauthenticated', { da: 'Du skal logge ind', en: 'You must sign in' });

export async function checkAccess(req: FastifyRequest): Promise<void> {
  if (req.is404) return;
  const access = req.routeOptions.config.access;
  if (access === 'public') return;
  if (access === undefined) throw forbidden();
  if (!req.actor) throw unauthenticated();
  if (access === 'signed_in') return;
  if (!mayAttempt(req.actor, access)) throw forbidden();
}

/** The signed-in actor of a route whose access required one. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
