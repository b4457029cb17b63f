import type { z } from 'zod';
import { AppError, ruleViolation } from '../../../domain/errors.ts';
import { UserInput, minPasswordLength } from '../../../domain/schemas/users.ts';
import { recordAudit } from '../../audit.ts';
import { type Ctx, type SystemCtx, signedIn } from '../../context.ts';
import { hashPassword } from '../../passwords.ts';
import { parseInput } from './parse.ts';
import { findUser, findUserIdByEmail } from './queries.ts';
import { authorizeScope, resolveScope } from './scope.ts';

export const isSystem = (ctx: Ctx): ctx is SystemCtx => (ctx as Partial<SystemCtx>).system === true;

export const emailTaken = (email: string) =>
  new AppError('conflict', {
    da: `Der findes allerede en bruger med e-mailen ${email}`,
    en: `A user with the e-mail ${email} already exists`,
  });

/**
 * Adds a user with one role and scope; returns the new user (without the password hash).
 * The API authorizes (an admin adds users within their own municipality); the CLI, acting as the
 * system, may add any user. Only the system may add a demo user, whose password may be short.
 */
export async function addUser(ctx: Ctx, raw: z.input<typeof UserInput>, options: { demo?: boolean } = {}) {
  const input = parseInput(UserInput, raw);
  const demo = isSystem(ctx) && options.demo === true;
  if (!demo && input.password.length < minPasswordLength) {
    throw ruleViolation([
      {
        rule: 'USER-PASSWORD',
        path: 'password',
        message: {
          da: `Adgangskoden skal være mindst ${minPasswordLength} tegn`,
          en: `The password must be at least ${minPasswordLength} characters`,
        },
      },
    ]);
  }
  const { scope, municipalities } = await resolveScope(ctx.db, input.role, input);
  if (!isSystem(ctx)) authorizeScope(signedIn(ctx).actor, 'users.manage', municipalities);
  if (await findUserIdByEmail(ctx.db, input.email)) throw emailTaken(input.email);

  // Hash outside the transaction: it takes a while and needs no lock.
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('appUser')
      .values({ email: input.email, displayName: input.displayName, role: input.role, passwordHash, demo, ...scope })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = (await findUser(trx, id))!;
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'user', resourceId: id, before: null, after: user });
    return user;
  });
}
