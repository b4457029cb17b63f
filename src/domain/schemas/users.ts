/** The API contract of users: who may sign in, with one role and one scope. Never a password hash. */
import { z } from 'zod';
import { roles } from '../roles.ts';
import { Id, NonEmpty, SearchText, Versioned, text } from './common.ts';

/** Passwords shorter than this are refused (demo users, made by the seed, are the exception). */
export const minPasswordLength = 12;

const Email = text({ max: 254 })
  .toLowerCase()
  .pipe(z.email().max(254))
  .describe('Stored in lower case; unique');

const scopeFields = {
  municipalityId: Id.nullable().optional().describe('Admins: their municipality (derived for the other roles)'),
  administrationId: Id.nullable().optional().describe('Case workers: their administration (forvaltning)'),
  housingOrganisationId: Id.nullable().optional().describe('Housing organisation staff: their organisation'),
  urbanAreaId: Id.nullable().optional().describe('Forum members: the urban area of their forum'),
};

export const User = z.object({
  ...Versioned,
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  municipalityId: Id.nullable(),
  administrationId: Id.nullable(),
  housingOrganisationId: Id.nullable(),
  urbanAreaId: Id.nullable(),
  demo: z.boolean().describe('A demo user (password "demo"), only in demo mode'),
  active: z.boolean().describe('Inactive users cannot sign in'),
});

export const UserInput = z.strictObject({
  email: Email,
  displayName: NonEmpty,
  role: z.enum(roles),
  password: text({ min: 1, max: 200, trim: false }).describe(`At least ${minPasswordLength} characters`),
  ...scopeFields,
});

export const UserPatch = z.strictObject({
  displayName: NonEmpty.optional(),
  role: z.enum(roles).optional(),
  active: z.boolean().optional().describe('false ends the user’s sessions'),
  ...scopeFields,
});

export const UserListQuery = {
  role: z.enum(roles).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: SearchText.optional().describe('Part of the e-mail or name'),
};

/** GET /api/auth/me: the signed-in user, role and scope. */
export const Me = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  scope: z.object({
    municipalityId: Id.nullable(),
    administrationId: Id.nullable(),
    housingOrganisationId: Id.nullable(),
    urbanAreaId: Id.nullable(),
  }),
  csrfToken: z.string().describe('Send as X-CSRF-Token on every write from this session'),
});

export const DemoUser = z.object({ email: z.string(), displayName: z.string(), role: z.enum(roles) });
/** GET /api/auth/demo-users: in demo mode, the demo users for the sign-in page; empty otherwise. */
export const DemoUsers = z.object({ items: z.array(DemoUser) });

export type User = z.infer<typeof User>;
export type Me = z.infer<typeof Me>;
export type DemoUser = z.infer<typeof DemoUser>;
export type DemoUsers = z.infer<typeof DemoUsers>;
export type UserInput = z.infer<typeof UserInput>;
export type UserPatch = z.infer<typeof UserPatch>;
