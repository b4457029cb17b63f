/**
 * The one place where errors become HTTP: AppError codes map to statuses, everything is sent as
 * application/problem+json (RFC 9457), and nothing the client sends can cause a 5xx.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type Text, type Violation } from '../../domain/errors.ts';
import { languageOf } from './language.ts';

const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  rule_violation: 422,
  precondition_required: 428,
  rate_limited: 429,
};

const titles: Record<number, Text> = {
  400: { da: 'Ugyldigt input', en: 'Invalid input' },
  401: { da: 'Ikke logget ind', en: 'Not signed in' },
  403: { da: 'Ingen adgang', en: 'Forbidden' },
  404: { da: 'Findes ikke', en: 'Not found' },
  405: { da: 'Metoden er ikke tilladt', en: 'Method not allowed' },
  409: { da: 'Konflikt', en: 'Conflict' },
  412: { da: 'Versionen er forældet', en: 'Precondition failed' },
  413: { da: 'Forespørgslen er for stor', en: 'Payload too large' },
  414: { da: 'Adressen er for lang', en: 'URI too long' },
  415: { da: 'Ukendt indholdstype', en: 'Unsupported media type' },
  422: { da: 'Reglerne er ikke overholdt', en: 'Rule violation' },
  428: { da: 'Version mangler', en: 'Precondition required' },
  429: { da: 'For mange forsøg', en: 'Too many requests' },
  500: { da: 'Intern fejl', en: 'Internal error' },
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  violations?: { rule: string; message: string; path: string }[];
};

function problem(req: FastifyRequest, status: number, detail: Text, violations: Violation[] = []): Problem {
  const lang = languageOf(req);
  const title = titles[status] ?? titles[500]!;
  return {
    type: `about:blank#${status}`,
    title: title[lang],
    status,
    detail: detail[lang],
    instance: req.url,
    ...(violations.length > 0
      ? { violations: violations.map((v) => ({ rule: v.rule, message: v.message[lang], path: v.path })) }
      : {}),
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

type ZodIssueLike = { path?: (string | number)[]; instancePath?: string; message?: string; code?: string };

function schemaViolations(err: FastifyError): Violation[] {
  const context = err.validationContext ?? 'body';
  return (err.validation ?? []).map((issue) => {
    const i = issue as unknown as { params?: { issue?: ZodIssueLike } } & ZodIssueLike;
    const zodIssue: ZodIssueLike = i.params?.issue ?? i;
    const path = zodIssue.path
      ? [context, ...zodIssue.path].join('.')
      : `${context}${(i.instancePath ?? '').replaceAll('/', '.')}`;
    const message = zodIssue.message ?? 'invalid';
    return { rule: 'SCHEMA', path, message: { da: `Ugyldig værdi: ${message}`, en: `Invalid value: ${message}` } };
  });
}

/**
 * Constraint violations that reach here (a race the use case could not see) and data exceptions
 * (a value the schema should have refused) are the client's 4xx.
 */
function databaseConstraint(err: unknown): { status: number; text: Text } | null {
  const e = err as { code?: unknown; constraint?: unknown; detail?: unknown };
  const name = typeof e.constraint === 'string' ? ` (${e.constraint})` : '';
  switch (e.code) {
    case '23505':
      return { status: 409, text: { da: `Findes allerede${name}`, en: `Already exists${name}` } };
    case '23503':
      return { status: 422, text: { da: `Henviser til noget, der ikke findes${name}`, en: `Refers to something that does not exist${name}` } };
    case '23514':
      return { status: 422, text: { da: `Ugyldig værdi${name}`, en: `Invalid value${name}` } };
    case '40001':
    case '40P01':
      return { status: 409, text: { da: 'Samtidig ændring; prøv igen', en: 'Concurrent change; try again' } };
    default:
      // Class 22, data exceptions (a value the column cannot hold: NUL, bad Unicode, out of range),
      // are values the client sent that the schema let through.
      if (typeof e.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code)) {
        return { status: 400, text: { da: 'Ugyldig værdi, som ikke kan gemmes', en: 'Invalid value that cannot be stored' } };
      }
      return null;
  }
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof AppError) {
    return sendProblem(reply, problem(req, statusOf[err.code], err.text, err.violations));
  }
  const dbError = databaseConstraint(err);
  if (dbError) return sendProblem(reply, problem(req, dbError.status, dbError.text));
  if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
    const violations = schemaViolations(err);
    const fields = violations.map((v) => v.path).join(', ');
    return sendProblem(
      reply,
      problem(req, 400, { da: `Ugyldigt input i ${fields}`, en: `Invalid input in ${fields}` }, violations),
    );
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const text = { da: err.message, en: err.message };
    return sendProblem(reply, problem(req, status, text));
  }
  req.log.error({ err }, 'unhandled error');
  return sendProblem(
    reply,
    problem(req, 500, { da: 'Der skete en uventet fejl', en: 'An unexpected error occurred' }),
  );
}

/** Errors of Fastify's router, before any route runs: a URL that does not decode, a parameter too long. */
export function frameworkErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  return sendProblem(reply, problem(req, status, { da: 'Ugyldig adresse', en: 'Invalid URL' }));
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(
    reply,
    problem(req, 404, { da: `Ingen side på ${req.url}`, en: `Nothing at ${req.url}` }),
  );
}
