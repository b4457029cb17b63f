/** Use cases called from outside the HTTP layer (the CLI) check their input with the API's own schema. */
import type { z } from 'zod';
import { AppError } from '../../../domain/errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, raw: z.input<S>): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const violations = result.error.issues.map((issue) => ({
    rule: 'SCHEMA',
    path: issue.path.join('.'),
    message: { da: `Ugyldig værdi: ${issue.message}`, en: `Invalid value: ${issue.message}` },
  }));
  const fields = violations.map((v) => v.path).join(', ');
  throw new AppError('invalid_input', { da: `Ugyldigt input i ${fields}`, en: `Invalid input in ${fields}` }, violations);
}
