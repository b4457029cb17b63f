import { z } from 'zod';
import { text } from '../../../domain/schemas/common.ts';
import { DemoUsers, Me } from '../../../domain/schemas/users.ts';
import type { App } from '../../app.ts';
import { actorOf } from '../../http/access.ts';
import { cookieOptions, sessionCookie } from '../../http/session.ts';
import { login } from './login.ts';
import { deleteSession, listDemoUsers } from './queries.ts';

export function authRoutes(app: App): void {
  app.get(
    '/api/auth/demo-users',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'In demo mode, the demo users (password "demo") for the sign-in page; empty otherwise',
        response: { 200: DemoUsers },
      },
    },
    async () => ({ items: app.config.demo ? await listDemoUsers(app.db) : [] }),
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the HttpOnly session cookie',
        body: z.strictObject({ email: text({ min: 3, max: 254 }), password: text({ min: 1, max: 200, trim: false }) }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const { token } = await login(app.db, req.body.email, req.body.password, req.ip);
      void reply.setCookie(sessionCookie, token, cookieOptions(app.config));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null() } },
    },
    async (req, reply) => {
      if (req.session) {
        await deleteSession(app.db, req.session.tokenHash);
        app.sessions.forget(req.session.tokenHash);
      }
      void reply.clearCookie(sessionCookie, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'signed_in' },
      schema: { tags: ['auth'], summary: 'The signed-in user, role and scope', response: { 200: Me } },
    },
    async (req) => {
      const actor = actorOf(req);
      const session = req.session!;
      return { ...session.user, role: actor.role, scope: actor.scope, csrfToken: session.csrfToken };
    },
  );
}
