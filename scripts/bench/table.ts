/** Markdown tables, padded so that they read in a terminal as well as on GitHub. Pure. */

export type Align = 'left' | 'right';

const escape = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * A GitHub markdown table. `align` per column (default: the first left, the others right); cells
 * are padded to the widest of their column, and pipes inside cells are escaped.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  const columns = header.length;
  const alignOf = (i: number): Align => align?.[i] ?? (i === 0 ? 'left' : 'right');
  const cells = [header, ...rows].map((row) => Array.from({ length: columns }, (_, i) => escape(row[i] ?? '')));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(3, ...cells.map((row) => row[i]!.length)));
  const pad = (cell: string, i: number) => (alignOf(i) === 'left' ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!));
  const line = (row: readonly string[]) => `| ${row.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (alignOf(i) === 'left' ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}
