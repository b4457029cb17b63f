/** The API contract of the registry: one schema per resource shape, types inferred from them. */
import { z } from 'zod';
import { Id, NonEmpty, Provenance, Versioned } from './common.ts';

export const Municipality = z.object({ ...Versioned, code: z.string(), name: z.string() });
export const MunicipalityInput = z.strictObject({
  code: z.string().trim().regex(/^\d{3}$/, 'three digits (the municipality number)'),
  name: NonEmpty,
});
export const MunicipalityPatch = MunicipalityInput.partial();

export const UrbanArea = z.object({
  ...Versioned,
  municipalityId: Id,
  name: z.string(),
  vulnerable: z.boolean().describe('On the list of vulnerable urban areas (udsat byområde)'),
  aliases: z.array(z.string()),
  provenance: Provenance,
  forumId: Id.nullable(),
});
export const UrbanAreaInput = z.strictObject({
  municipalityId: Id,
  name: NonEmpty,
  vulnerable: z.boolean().default(false),
  aliases: z.array(NonEmpty).max(20).default([]),
  provenance: Provenance.default('example'),
});
export const UrbanAreaPatch = z.strictObject({
  name: NonEmpty.optional(),
  vulnerable: z.boolean().optional(),
  aliases: z.array(NonEmpty).max(20).optional(),
  provenance: Provenance.optional(),
});

export type UrbanAreaInput = z.infer<typeof UrbanAreaInput>;
export type UrbanAreaPatch = z.infer<typeof UrbanAreaPatch>;
export type UrbanArea = z.infer<typeof UrbanArea>;
export type Municipality = z.infer<typeof Municipality>;
