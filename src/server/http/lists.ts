/**
 * Offset pagination behind an opaque cursor: `{ items, next? }`, for the short lists (the registry,
 * a forum's members). The long ones page by keyset (src/server/db/keyset.ts).
 */
import { badCursor } from '../db/keyset.ts';

export type Page = { limit: number; cursor?: string | undefined };

export function offsetOf(page: Page): number {
  if (!page.cursor) return 0;
  if (!/^\d{1,9}$/.test(page.cursor)) throw badCursor();
  return Number(page.cursor);
}

/** Fetch one more than the limit to learn whether there is a next page. */
export function pageOf<T>(rows: T[], page: Page): { items: T[]; next?: string } {
  const offset = offsetOf(page);
  if (rows.length <= page.limit) return { items: rows };
  return { items: rows.slice(0, page.limit), next: String(offset + page.limit) };
}
