import { z } from 'zod';
import { AuditEvent, AuditEventQuery } from '../../../domain/schemas/audit.ts';
import { ListQuery, listOf } from '../../../domain/schemas/common.ts';
import type { App } from '../../app.ts';
import { decodeCursor, encodeCursor, keyOf, keysetPage } from '../../db/keyset.ts';
import { iso } from '../../http/present.ts';
import { auditOrder, listAuditEvents } from './queries.ts';

/** A cursor of the trail: the time to the microsecond (UTC) and the id of the last event. */
const validKey = ([at, id]: unknown[]) => typeof at === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(at) && Number.isSafeInteger(id);

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
      const after = cursor ? decodeCursor(cursor, 'audit', 2, validKey) : null;
      const rows = await listAuditEvents(app.db, filter, after, limit);
      return keysetPage(rows, limit, presentAuditEvent, (r) => encodeCursor('audit', keyOf(r, auditOrder)));
    },
  );
}
