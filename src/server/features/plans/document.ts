/**
 * The plan's document: `GET /api/plans/:id`'s JSON, composed once per plan version (and again when
 * a name it shows changes) by the writers of the plan's summary (features/plans/summary.ts), stored
 * with the summary and sent as it is stored. A read is then one indexed row with the reader's scope
 * as a condition in SQL; a document of another plan version or of other rules or composition is
 * never sent (the read composes the plan then, as before). The row names the document by a hash of
 * its content, and the server keeps the documents it sent lately in memory by it (`DocumentCache`),
 * so that a read of an unchanged plan moves a few bytes from the database, not the whole document.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { encode } from 'zod';
import { budgetMatrix } from '../../../domain/budget.ts';
import { snapshotOfPlan } from '../../../domain/plan-snapshot.ts';
import type { Actor } from '../../../domain/roles.ts';
import { Plan } from '../../../domain/schemas/plans.ts';
import type { Database } from '../../db/schema.ts';
import { readableBy } from './list-queries.ts';
import { presentActivities, presentGoals, presentPlan } from './present.ts';
import { type PlanDetails, type PlanSummary, findPlans } from './queries.ts';

type Q = Kysely<Database>;

/** A document's name by its content. */
export const hashOf = (document: string): string => createHash('sha256').update(document).digest('base64url').slice(0, 32);

/** The plan as GET /api/plans/:id sends it: the response schema's encoding, as JSON. */
export const documentOf = (d: PlanDetails, summary: Pick<PlanSummary, 'errors' | 'warnings'>): string => JSON.stringify(encode(Plan, presentPlan(d, summary)));

/**
 * What the document is composed by (a part of the summaries' fingerprint, `rulesVersion`): the
 * functions that shape it and read its parts, so that a change to them makes the stored documents
 * again on start.
 */
export const composition = [documentOf, presentPlan, presentGoals, presentActivities, budgetMatrix, snapshotOfPlan, findPlans]
  .map((f) => f.toString())
  .concat(JSON.stringify(Object.keys(Plan.shape)))
  .join('\n');

/**
 * The documents sent lately, by plan: the hash of the content and the content as UTF-8, at most
 * `maxBytes` together, the least recently sent dropped first. An entry is used only for the hash
 * the plan's row names now, so it is never stale, whatever another instance wrote.
 */
export class DocumentCache {
  readonly #entries = new Map<string, { hash: string; body: Buffer }>();
  #bytes = 0;
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get(planId: string, hash: string): Buffer | undefined {
    const entry = this.#entries.get(planId);
    if (!entry || entry.hash !== hash) return undefined;
    this.#entries.delete(planId);
    this.#entries.set(planId, entry);
    return entry.body;
  }

  set(planId: string, hash: string, body: Buffer): void {
    this.#drop(planId);
    if (body.length > this.maxBytes) return;
    this.#entries.set(planId, { hash, body });
    this.#bytes += body.length;
    for (const [id] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#drop(id);
    }
  }

  /** The bytes held. */
  get bytes(): number {
    return this.#bytes;
  }

  #drop(planId: string): void {
    const entry = this.#entries.get(planId);
    if (!entry) return;
    this.#entries.delete(planId);
    this.#bytes -= entry.body.length;
  }
}

/**
 * The plan's stored document as UTF-8, if `actor` may read the plan and the document is of the
 * plan's version made by the running rules and composition (`rulesVersion`); otherwise undefined
 * (the caller composes the plan, or answers 404). `byWrite`: the document is the one the write of
 * the version composed, so a client holding that version holds this document. One indexed row with
 * the scope in SQL; the document itself is read only when `cache` does not hold it.
 */
export async function storedDocument(
  db: Q,
  cache: DocumentCache,
  actor: Actor,
  planId: string,
  rulesVersion: string,
): Promise<{ version: number; body: Buffer; byWrite: boolean } | undefined> {
  const row = await db
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .innerJoin('planSummary', 'planSummary.planId', 'plan.id')
    .select(['plan.version', 'planSummary.documentHash', 'planSummary.documentByWrite'])
    .where('plan.id', '=', planId)
    .whereRef('planSummary.planVersion', '=', 'plan.version')
    .where('planSummary.rulesVersion', '=', rulesVersion)
    .where('planSummary.documentHash', 'is not', null)
    .where(readableBy(actor))
    .executeTakeFirst();
  if (!row?.documentHash) return undefined;
  const known = cache.get(planId, row.documentHash);
  if (known) return { version: row.version, body: known, byWrite: row.documentByWrite };
  const stored = await db
    .selectFrom('planSummary')
    .select('document')
    .where('planId', '=', planId)
    .where('documentHash', '=', row.documentHash)
    .executeTakeFirst();
  if (!stored?.document) return undefined; // written again meanwhile: the caller composes the plan
  const body = Buffer.from(stored.document);
  cache.set(planId, row.documentHash, body);
  return { version: row.version, body, byWrite: row.documentByWrite };
}
