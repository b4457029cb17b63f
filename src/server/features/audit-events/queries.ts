import type { Db } from '../../db/create-db.ts';
import { type Page, offsetOf } from '../../http/lists.ts';

export type AuditEventFilter = {
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** The audit trail, newest first. There is deliberately no query that changes it. */
export const listAuditEvents = (db: Db, filter: AuditEventFilter, page: Page) =>
  db
    .selectFrom('auditEvent')
    .leftJoin('appUser', 'appUser.id', 'auditEvent.actorId')
    .selectAll('auditEvent')
    .select('appUser.displayName as actorName')
    .$if(filter.resourceType !== undefined, (q) => q.where('auditEvent.resourceType', '=', filter.resourceType!))
    .$if(filter.resourceId !== undefined, (q) => q.where('auditEvent.resourceId', '=', filter.resourceId!))
    .$if(filter.actorId !== undefined, (q) => q.where('auditEvent.actorId', '=', filter.actorId!))
    .$if(filter.from !== undefined, (q) => q.where('auditEvent.at', '>=', new Date(filter.from!)))
    .$if(filter.to !== undefined, (q) => q.where('auditEvent.at', '<=', new Date(filter.to!)))
    .orderBy('auditEvent.at', 'desc')
    .orderBy('auditEvent.id', 'desc')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();
