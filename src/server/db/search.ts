/** An ILIKE pattern matching text that contains `q` literally (% and _ in `q` are not wildcards). */
export const containing = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
