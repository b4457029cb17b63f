import type { FastifyRequest } from 'fastify';
import type { Text } from '../../domain/errors.ts';

export type Language = 'da' | 'en';

/** Danish unless the client prefers English. */
export function languageOf(req: FastifyRequest): Language {
  const header = req.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'da';
}

export const say = (text: Text, lang: Language): string => text[lang];
