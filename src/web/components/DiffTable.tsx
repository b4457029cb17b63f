/**
 * Two versions side by side: a table of rows with a "from" and a "to" column and the difference
 * marked in words ("Ændret", "Tilføjet", "Fjernet") and in bold, never by colour alone.
 */
import type { ReactNode } from 'react';
import { useTexts } from '../texts.ts';
import { commonTexts } from './texts.ts';
import './DiffTable.css';

export type Change = 'added' | 'removed' | 'changed' | 'unchanged';

export type DiffRow = { key: string; label: ReactNode; from: ReactNode; to: ReactNode; change: Change; extra?: ReactNode };

export function ChangeMarker({ change }: { change: Change }) {
  const t = useTexts(commonTexts);
  if (change === 'unchanged') return <span>{t('change.unchanged')}</span>;
  return <span className="diff-marker">{t(`change.${change}`)}</span>;
}

/** A compared value as text: "–" for nothing, JSON for a structure. */
export const valueText = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '–' : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);

export function DiffTable({ caption, fromLabel, toLabel, rows }: { caption: string; fromLabel: string; toLabel: string; rows: DiffRow[] }) {
  const t = useTexts(commonTexts);
  if (rows.length === 0) return <p>{t('compare.noItems')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.field')}</th>
            <th scope="col">{fromLabel}</th>
            <th scope="col">{toLabel}</th>
            <th scope="col">{t('compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.change !== 'unchanged' ? 'diff-row' : undefined}>
              <th scope="row">{r.label}</th>
              <td>{r.from}</td>
              <td>{r.to}</td>
              <td>
                <ChangeMarker change={r.change} />
                {r.extra}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
