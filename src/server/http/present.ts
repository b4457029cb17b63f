/** Presents rows as JSON: timestamps as ISO strings, nothing internal leaks. */
type Dated = { createdAt: Date | string; updatedAt: Date | string };

export const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function presentDated<T extends Dated>(row: T): Omit<T, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string } {
  return { ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}
