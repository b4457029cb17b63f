/**
 * The routes of a part of a plan — goals, success criteria, activities: the list, and add, change
 * and remove, each a write to the plan (If-Match: the plan's version). A write answers with the
 * part as written and the plan's new version as the ETag, from the plan its use case returns.
 */
import { z } from 'zod';
import { Id, IdParams, uuidParams } from '../../../domain/schemas/common.ts';
import type { App } from '../../app.ts';
import { type SignedInCtx, signedIn } from '../../context.ts';
import { actorOf } from '../../http/access.ts';
import { etagOf, expectedVersion } from '../../http/preconditions.ts';
import { type ContentPart, type PlanDetails, type PlanRead, readablePlan } from './queries.ts';

type Written = { version: number; plan: PlanDetails };

export type PlanPartRoutes<K extends ContentPart, Part extends { id: string }, AddParams extends z.ZodType, Input extends z.ZodType, Patch extends z.ZodType> = {
  item: z.ZodType;
  /** What of the plan the parts are read from (the list reads only that). */
  reads: readonly K[];
  /** The parts of a plan as the API shows them. */
  partsOf: (plan: PlanRead<K>) => Part[];
  /** All parts with the plan's version, at `url`. */
  list?: { url: string; summary: string };
  /** `write` returns the new part's id as `result`. */
  add: {
    url: string;
    params: AddParams;
    summary: string;
    body: Input;
    write: (ctx: SignedInCtx, params: z.output<AddParams>, version: number, input: z.output<Input>) => Promise<Written & { result: string }>;
  };
  /** One part, its id in the path as `param`. */
  one: { url: string; param: string };
  change: { summary: string; body: Patch; write: (ctx: SignedInCtx, planId: string, version: number, partId: string, patch: z.output<Patch>) => Promise<Written> };
  remove: { summary: string; write: (ctx: SignedInCtx, planId: string, version: number, partId: string) => Promise<{ version: number }> };
};

export function planPartRoutes<K extends ContentPart, Part extends { id: string }, AddParams extends z.ZodType, Input extends z.ZodType, Patch extends z.ZodType>(
  app: App,
  r: PlanPartRoutes<K, Part, AddParams, Input, Patch>,
): void {
  const tags = ['plans'];
  const PartParams = uuidParams('id', r.one.param);
  const idsOf = (params: unknown) => {
    const p = params as Record<string, string>;
    return { planId: p.id!, partId: p[r.one.param]! };
  };
  const partOf = ({ plan }: Written, id: string) => r.partsOf(plan).find((p) => p.id === id)!;

  if (r.list) {
    app.get(
      r.list.url,
      {
        config: { access: 'plan.read' },
        schema: { tags, summary: r.list.summary, params: IdParams, response: { 200: z.object({ planId: Id, version: z.int(), items: z.array(r.item) }) } },
      },
      async (req, reply) => {
        const d = await readablePlan(app.db, actorOf(req), req.params.id, r.reads);
        void reply.header('etag', etagOf(d.plan.version));
        return { planId: d.plan.id, version: d.plan.version, items: r.partsOf(d) };
      },
    );
  }

  app.post(
    r.add.url,
    { config: { access: 'plan.write' }, schema: { tags, summary: r.add.summary, params: r.add.params, body: r.add.body, response: { 201: r.item } } },
    async (req, reply) => {
      const written = await r.add.write(signedIn(req.ctx), req.params as z.output<AddParams>, expectedVersion(req), req.body as z.output<Input>);
      void reply.code(201).header('etag', etagOf(written.version));
      return partOf(written, written.result);
    },
  );

  app.patch(
    r.one.url,
    { config: { access: 'plan.write' }, schema: { tags, summary: r.change.summary, params: PartParams, body: r.change.body, response: { 200: r.item } } },
    async (req, reply) => {
      const { planId, partId } = idsOf(req.params);
      const written = await r.change.write(signedIn(req.ctx), planId, expectedVersion(req), partId, req.body as z.output<Patch>);
      void reply.header('etag', etagOf(written.version));
      return partOf(written, partId);
    },
  );

  app.delete(
    r.one.url,
    { config: { access: 'plan.write' }, schema: { tags, summary: r.remove.summary, params: PartParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const { planId, partId } = idsOf(req.params);
      const { version } = await r.remove.write(signedIn(req.ctx), planId, expectedVersion(req), partId);
      return reply.code(204).header('etag', etagOf(version)).send(null);
    },
  );
}
