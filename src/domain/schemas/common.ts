/** Schema pieces shared by every resource of the API. */
import { z } from 'zod';
import { maxOre } from '../money.ts';

/**
 * Text the database can store as it was sent: no NUL (PostgreSQL refuses it in text and JSON) and
 * no half of a UTF-16 surrogate pair on its own (not Unicode: refused in JSON columns, silently
 * replaced by U+FFFD elsewhere). Every string the API takes is one of these.
 */
const unstorable = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isStorableText = (s: string): boolean => !unstorable.test(s);
const storableMessage = 'text without NUL characters or lone surrogates';

/**
 * The one text schema of inputs: storable (see `isStorableText`), trimmed unless `trim: false`,
 * between `min` and `max` characters.
 */
export function text({ max, min = 0, trim = true }: { max: number; min?: number; trim?: boolean }) {
  const storable = z.string().refine(isStorableText, storableMessage);
  return (trim ? storable.trim() : storable).min(min).max(max);
}

/** A uuid, in lower case (as PostgreSQL writes them): an upper-case one names the same row. */
export const Id = z.uuid().toLowerCase();

/** A list of distinct ids (compared after normalising their case). */
export const uniqueIds = (max: number) =>
  z
    .array(Id)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, 'each id once');

/** The one schema of path parameters that are ids: `uuidParams('id', 'goalId')`. */
export const uuidParams = <K extends string>(...names: K[]) =>
  z.strictObject(Object.fromEntries(names.map((n) => [n, Id])) as Record<K, typeof Id>);
export const IdParams = uuidParams('id');

export const Provenance = z
  .enum(['published', 'example', 'synthetic'])
  .describe(
    'published: real data, from public sources or entered by the people responsible (the default for anything created through the API); example: made-up demo data, labelled as such; synthetic: the generated national data set (`boligsocial seed --national`), labelled as such',
  );

/** Money as stored and shown: whole øre. */
export const Ore = z.int().min(0).describe('Whole øre (1 kr. = 100 øre)');
/** Money as written: whole øre up to `maxOre` (10^13 øre, 100 mia. kr.; see src/domain/money.ts). */
export const OreAmount = Ore.max(maxOre).describe(`Whole øre (1 kr. = 100 øre), at most ${maxOre}`);

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

/** A search term in a list's query string. */
export const SearchText = text({ max: 100, trim: false });

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.string().optional() });

/** One page of a collection (`listOf`'s shape): `next` is the cursor of the following page, if any. */
export type List<T> = z.infer<ReturnType<typeof listOf<z.ZodType<T>>>>;

export const NonEmpty = text({ min: 1, max: 300 });
