/** Schema pieces shared by every resource of the API. */
import { z } from 'zod';

export const Id = z.uuid();
export const IdParams = z.strictObject({ id: Id });
export const Provenance = z
  .enum(['published', 'example', 'synthetic'])
  .describe(
    'published: real data, from public sources or entered by the people responsible (the default for anything created through the API); example: made-up demo data, labelled as such; synthetic: the generated national data set (`boligsocial seed --national`), labelled as such',
  );

/** Fields every editable resource has. */
export const Versioned = {
  id: Id,
  version: z.int().positive().describe('Send as If-Match to change this resource'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const ListQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,1000}$/).optional().describe('From `next` of the previous page (opaque)'),
};

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.string().optional() });

/** One page of a collection (`listOf`'s shape): `next` is the cursor of the following page, if any. */
export type List<T> = z.infer<ReturnType<typeof listOf<z.ZodType<T>>>>;

export const NonEmpty = z.string().trim().min(1).max(300);
