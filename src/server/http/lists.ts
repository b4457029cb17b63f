/** Offset pagination behind an opaque cursor: `{ items, next? }`. */
export type Page = { limit: number; cursor?: string | undefined };

export const offsetOf = (page: Page): number => (page.cursor ? Number(page.cursor) : 0);

/** Fetch one more than the limit to learn whether there is a next page. */
export function pageOf<T>(rows: T[], page: Page): { items: T[]; next?: string } {
  const offset = offsetOf(page);
  if (rows.length <= page.limit) return { items: rows };
  return { items: rows.slice(0, page.limit), next: String(offset + page.limit) };
}
