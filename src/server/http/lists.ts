/**
 * A list request's page: `?limit=&cursor=` (src/domain/schemas/common.ts `ListQuery`). Every list
 * pages by keyset (src/server/db/keyset.ts): `cursor` is the opaque `next` of the previous page.
 */
export type Page = { limit: number; cursor?: string | undefined };
