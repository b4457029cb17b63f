import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../../domain/errors.ts';
import type { Db } from '../../db/create-db.ts';
import { dummyVerify, verifyPassword } from '../../passwords.ts';
import { countRecentFailures, findUserByEmail, insertSession, recordLoginAttempt } from './queries.ts';

/** Failed sign-ins tolerated per e-mail and per client address within the window. */
export const loginLimits = { windowMinutes: 15, perEmail: 5, perIp: 30 };

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

const invalid = () =>
  new AppError('unauthenticated', {
    da: 'Forkert e-mail eller adgangskode',
    en: 'Wrong e-mail or password',
  });

/** Checks the password and opens a session; returns the session token (for the cookie only). */
export async function login(db: Db, email: string, password: string, ip: string) {
  const failures = await countRecentFailures(db, email, ip, loginLimits.windowMinutes);
  if (failures.byEmail >= loginLimits.perEmail || failures.byIp >= loginLimits.perIp) {
    throw new AppError('rate_limited', {
      da: `For mange forkerte forsøg. Prøv igen om ${loginLimits.windowMinutes} minutter.`,
      en: `Too many failed attempts. Try again in ${loginLimits.windowMinutes} minutes.`,
    });
  }
  const user = await findUserByEmail(db, email);
  const ok = user && user.active ? await verifyPassword(user.passwordHash, password) : (await dummyVerify(password), false);
  await recordLoginAttempt(db, email, ip, ok);
  if (!user || !ok) throw invalid();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await insertSession(db, hashToken(token), user.id, csrfToken);
  return { token, userId: user.id };
}
