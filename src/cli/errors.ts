/** How the CLI fails: a message for people and an exit code (2 for usage, 1 for everything else). */
import { AppError } from '../domain/errors.ts';

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string, help: string): CliError =>
  new CliError(`${message}\n\n${help}`, 2);

const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', '28P01', '28000', '3D000']);

function codesOf(err: unknown): string[] {
  const e = err as { code?: unknown; errors?: unknown };
  const own = typeof e?.code === 'string' ? [e.code] : [];
  const nested = Array.isArray(e?.errors) ? e.errors.flatMap(codesOf) : [];
  return [...own, ...nested];
}

/** The database URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/** Turns any error into the text the CLI prints. */
export function describeError(err: unknown, where: string): { message: string; exitCode: number } {
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode };
  if (err instanceof AppError) {
    const lines = [err.text.en, ...err.violations.map((v) => `  - ${v.path || '(input)'}: ${v.message.en}`)];
    return { message: lines.join('\n'), exitCode: 1 };
  }
  const message = err instanceof Error ? err.message || String(codesOf(err)[0] ?? err) : String(err);
  if (codesOf(err).some((c) => unreachableCodes.has(c))) {
    return { message: `Cannot reach the database ${where}: ${message}`, exitCode: 1 };
  }
  return { message, exitCode: 1 };
}
