/**
 * The one application error type. Business code throws it; the HTTP layer maps `code` to a status
 * in one place (src/server/http/errors.ts). Messages carry both languages.
 */
export type Text = { da: string; en: string };

export type ErrorCode =
  | 'invalid_input'
  | 'rule_violation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'rate_limited';

/** One broken rule: the rule id from docs/rules.md (or a schema check), a message and the field path. */
export type Violation = { rule: string; message: Text; path: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: Text;
  readonly violations: Violation[];

  constructor(code: ErrorCode, text: Text, violations: Violation[] = []) {
    super(text.en);
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    this.violations = violations;
  }
}

export const notFound = (what: Text): AppError =>
  new AppError('not_found', { da: `${what.da} findes ikke`, en: `${what.en} not found` });

export const forbidden = (): AppError =>
  new AppError('forbidden', {
    da: 'Du har ikke adgang til at gøre dette',
    en: 'You are not allowed to do this',
  });

export const ruleViolation = (violations: Violation[]): AppError =>
  new AppError(
    'rule_violation',
    { da: 'Reglerne er ikke overholdt', en: 'The rules are not met' },
    violations,
  );
