/** A DKFDS table with a caption and column headers; the first column is the row header. */
import type { ReactNode } from 'react';

export type Column<T> = { header: string; cell: (row: T) => ReactNode; numeric?: boolean };

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  captionHidden,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty?: string;
  captionHidden?: boolean;
}) {
  if (rows.length === 0 && empty) return <p className="empty-table">{empty}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? 'align-text-right' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={c.numeric ? 'align-text-right' : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
