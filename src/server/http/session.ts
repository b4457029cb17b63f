/**
 * Authentication for every request: the session cookie is looked up in the database (so any
 * instance can serve any request; kept for a second per instance, see session-cache.ts), the actor
 * is attached to the request, and browser writes must carry the session's CSRF token.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/create-db.ts';
import { hashToken } from '../features/auth/login.ts';
import { findLiveSession, touchSession } from '../features/auth/queries.ts';
import type { SessionCache } from './session-cache.ts';

export const sessionCookie = 'boligsocial_session';
export const csrfHeader = 'x-csrf-token';

export type SessionInfo = {
  tokenHash: string;
  csrfToken: string;
  user: { id: string; email: string; displayName: string };
};

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionInfo | null;
  }
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Write the last-seen time at most this often, to keep reads cheap. */
const touchEverySeconds = 60;

export function cookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.cookieSecure,
    maxAge: config.sessionMaxHours * 3600,
  };
}

export function authenticate(db: Db, config: Config, cache: SessionCache) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    req.actor = null;
    req.session = null;
    const token = req.cookies[sessionCookie];
    if (!token) return;
    const tokenHash = hashToken(token);
    let row = cache.get(tokenHash);
    if (!row) {
      row = await findLiveSession(db, tokenHash, config.sessionIdleMinutes, config.sessionMaxHours);
      if (!row) {
        void reply.clearCookie(sessionCookie, { path: '/' });
        return;
      }
      cache.set(row);
    }
    if (Date.now() - new Date(row.lastSeenAt).getTime() > touchEverySeconds * 1000) {
      await touchSession(db, row.tokenHash);
      row.lastSeenAt = new Date();
    }
    req.session = {
      tokenHash: row.tokenHash,
      csrfToken: row.csrfToken,
      user: { id: row.userId, email: row.email, displayName: row.displayName },
    };
    req.actor = {
      userId: row.userId,
      role: row.role,
      scope: {
        municipalityId: row.municipalityId,
        administrationId: row.administrationId,
        housingOrganisationId: row.housingOrganisationId,
        urbanAreaId: row.urbanAreaId,
      },
    };
    if (unsafe.has(req.method) && req.headers[csrfHeader] !== row.csrfToken) {
      throw new AppError('forbidden', {
        da: 'Forespørgslen mangler et gyldigt CSRF-token (X-CSRF-Token)',
        en: 'The request lacks a valid CSRF token (X-CSRF-Token)',
      });
    }
  };
}
