import { z } from 'zod';
import { AuditEvent, AuditEventQuery } from '../../../domain/schemas/audit.ts';
import { ListQuery, listOf } from '../../../domain/schemas/common.ts';
import type { App } from '../../app.ts';
import { cursorKey, keysetPage } from '../../db/keyset.ts';
import { iso } from '../../http/present.ts';
import { auditOrder, listAuditEvents } from './queries.ts';

type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>[number];
const presentAuditEvent = (row: AuditRow): AuditEvent => ({
  id: String(row.id),
  at: iso(row.at),
  actorId: row.actorId,
  actorName: row.actorName,
  action: row.action,
  resourceType: row.resourceType,
  resourceId: row.resourceId,
  before: row.before ?? null,
  after: row.after ?? null,
  requestId: row.requestId,
});

/** Read-only: the audit trail has no route that changes or removes an event. */
export function auditEventRoutes(app: App): void {
  app.get(
    '/api/audit-events',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first: who changed what, when, before and after',
        querystring: z.strictObject({ ...ListQuery, ...AuditEventQuery }),
        response: { 200: listOf(AuditEvent) },
      },
    },
    async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = { limit, after: cursorKey(cursor, auditOrder) };
      return keysetPage(await listAuditEvents(app.db, filter, page), page, auditOrder, presentAuditEvent);
    },
  );
}
