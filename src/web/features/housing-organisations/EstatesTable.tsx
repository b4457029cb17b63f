/** Estates (afdelinger), shown under their urban area (with owner) or their owner (with area). */
import { Link } from 'react-router';
import type { Estate } from '../../../domain/schemas/registry.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { useT } from '../../i18n.ts';

export function EstatesTable({ caption, estates, show }: { caption: string; estates: Estate[]; show: 'owner' | 'area' }) {
  const t = useT();
  const related: Column<Estate> =
    show === 'owner'
      ? {
          header: t('estates.owner'),
          cell: (e) => <Link to={`/boligorganisationer/${e.housingOrganisationId}`}>{e.housingOrganisationName}</Link>,
        }
      : {
          header: t('estates.urbanArea'),
          cell: (e) => <Link to={`/byomraader/${e.urbanAreaId}`}>{e.urbanAreaName}</Link>,
        };
  return (
    <DataTable
      caption={caption}
      rows={estates}
      rowKey={(e) => e.id}
      empty={t('estates.none')}
      columns={[
        {
          header: t('estates.name'),
          cell: (e) => (
            <>
              {e.name} <ProvenanceTag provenance={e.provenance} />
            </>
          ),
        },
        { header: t('estates.number'), cell: (e) => e.departmentNumber ?? '–' },
        related,
        { header: t('estates.dwellings'), cell: (e) => (e.dwellings === null ? '–' : e.dwellings.toLocaleString('da-DK')), numeric: true },
      ]}
    />
  );
}
