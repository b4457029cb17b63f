/** ETag / If-Match: the version of an editable resource travels as a strong ETag `"<version>"`. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.ts';

export const etagOf = (version: number): string => `"${version}"`;

export function sendVersioned<T extends { version: number }>(reply: FastifyReply, body: T): T {
  void reply.header('etag', etagOf(body.version));
  return body;
}

/**
 * Whether If-None-Match names the version (a list, weak or strong, or `*`): the client holds it,
 * and a read may answer 304.
 */
export function holdsVersion(req: FastifyRequest, version: number): boolean {
  const header = req.headers['if-none-match'];
  if (header === undefined || header === '') return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etagOf(version);
  });
}

/** The version the client based its write on; 428 when it sent none. */
export function expectedVersion(req: FastifyRequest): number {
  const header = req.headers['if-match'];
  if (header === undefined || header === '') {
    throw new AppError('precondition_required', {
      da: 'Angiv versionen i If-Match (fra ETag) for at ændre dette',
      en: 'Send the version in If-Match (from the ETag) to change this',
    });
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) {
    throw new AppError('precondition_failed', {
      da: `If-Match "${header}" er ikke en kendt version`,
      en: `If-Match "${header}" is not a known version`,
    });
  }
  return Number(match[1]);
}
