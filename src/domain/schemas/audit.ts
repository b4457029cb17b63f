/** The API contract of the audit trail (read-only: events are never changed or removed). */
import { z } from 'zod';
import { Id, text } from './common.ts';

export const AuditEvent = z.object({
  id: z.string().describe('Increasing: a later event has a larger id'),
  at: z.iso.datetime(),
  actorId: Id.nullable().describe('null: the system (seed, CLI)'),
  actorName: z.string().nullable(),
  action: z.string().describe('create, update, delete, …'),
  resourceType: z.string(),
  resourceId: z.string(),
  before: z.unknown().describe('The resource before the change (null on create)'),
  after: z.unknown().describe('The resource after the change (null on delete)'),
  requestId: z.string().nullable(),
});

export const AuditEventQuery = {
  resourceType: text({ min: 1, max: 100 }).optional(),
  resourceId: text({ min: 1, max: 100 }).optional(),
  actorId: Id.optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('Events at or after this time'),
  to: z.iso.datetime({ offset: true }).optional().describe('Events at or before this time'),
};

export type AuditEvent = z.infer<typeof AuditEvent>;
