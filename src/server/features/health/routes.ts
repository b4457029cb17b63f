import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { sendProblem } from '../../http/errors.ts';

const Health = z.object({ status: z.literal('ok') });

export function healthRoutes(app: App): void {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['health'], summary: 'The process is up', response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/health/ready',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], summary: 'The database answers', response: { 200: Health } },
    },
    async (req, reply) => {
      try {
        await sql`select 1`.execute(app.db);
        return { status: 'ok' as const };
      } catch (err) {
        req.log.error({ err }, 'database not ready');
        return sendProblem(reply, {
          type: 'about:blank#503',
          title: 'Service unavailable',
          status: 503,
          detail: 'The database does not answer',
        });
      }
    },
  );
}
