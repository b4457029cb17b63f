import { sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';

export type AuditEventFilter = {
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/**
 * Newest first: the time, then the id. Each filter has an index that ends in (at, id)
 * (migration 2026-12-01-01-read-path), so a page is a short range scan however long the trail is.
 */
export const auditOrder: Keyset = {
  tag: 'audit',
  keys: [
    { ref: 'auditEvent.at', dir: 'desc', field: 'atKey', kind: 'timestamp' },
    { ref: 'auditEvent.id', dir: 'desc', field: 'id', kind: 'int' },
  ],
};

/**
 * The audit trail, newest first, a page after the key `after` (`limit + 1` rows, to know of a next
 * page). `atKey` is the time to the microsecond, in UTC, for the cursor (a JS Date keeps only
 * milliseconds). There is deliberately no query that changes the trail.
 */
export const listAuditEvents = (db: Db, filter: AuditEventFilter, page: KeysetPage) =>
  inKeyOrder(
    db
    .selectFrom('auditEvent')
    .leftJoin('appUser', 'appUser.id', 'auditEvent.actorId')
    .selectAll('auditEvent')
    .select([
      'appUser.displayName as actorName',
      sql<string>`to_char(audit_event.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('atKey'),
    ])
    .$if(filter.resourceType !== undefined, (q) => q.where('auditEvent.resourceType', '=', filter.resourceType!))
    .$if(filter.resourceId !== undefined, (q) => q.where('auditEvent.resourceId', '=', filter.resourceId!))
    .$if(filter.actorId !== undefined, (q) => q.where('auditEvent.actorId', '=', filter.actorId!))
    .$if(filter.from !== undefined, (q) => q.where('auditEvent.at', '>=', new Date(filter.from!)))
    .$if(filter.to !== undefined, (q) => q.where('auditEvent.at', '<=', new Date(filter.to!))),
    auditOrder,
    page,
  ).execute();
