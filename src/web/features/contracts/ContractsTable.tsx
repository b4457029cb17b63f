/** The contracts as a table (the contracts page, the forum's page), each with its current version. */
import { Link } from 'react-router';
import type { ContractSummary } from '../../../domain/schemas/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { dateText } from '../../components/format.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { contractTexts } from './texts.ts';

export function CurrentVersionText({ c }: { c: ContractSummary }) {
  const t = useTexts(contractTexts);
  const lang = useLanguage();
  const r = c.currentRevision;
  if (!r) return <>{t('contracts.noVersions')}</>;
  return <>{t('contracts.currentText', { n: r.number, date: dateText(r.decisionDate, lang), by: t(`contracts.by.${r.adoptedBy}`), ref: r.decisionReference })}</>;
}

export function ContractsTable({ rows, caption }: { rows: ContractSummary[]; caption: string }) {
  const t = useTexts(contractTexts);
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(c) => c.id}
      empty={t('contracts.none')}
      columns={[
        { header: t('contracts.interventionArea'), cell: (c) => <Link to={`/kontrakter/${c.id}`}>{`${c.interventionArea.number}. ${c.interventionArea.name}`}</Link> },
        { header: t('contracts.area'), cell: (c) => c.urbanArea.name },
        { header: t('contracts.status'), cell: (c) => t(`contracts.status.${c.status}`) },
        { header: t('contracts.current'), cell: (c) => <CurrentVersionText c={c} /> },
        { header: t('contracts.versions'), cell: (c) => String(c.revisionCount), numeric: true },
      ]}
    />
  );
}
