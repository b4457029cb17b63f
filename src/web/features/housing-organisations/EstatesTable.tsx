/**
 * Estates (afdelinger), shown under their urban area (with owner) or their owner (with area). With
 * `from`, each estate the user may write gets an edit link that returns to this page.
 */
import { Link } from 'react-router';
import type { Estate } from '../../../domain/schemas/registry.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EditLink } from '../../components/EditLink.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { useEstateAccess } from '../estates/estate-access.ts';
import type { EstateFrom } from '../estates/estate-fields.ts';
import { estateTexts } from '../estates/texts.ts';

export function EstatesTable({
  caption,
  estates,
  show,
  from,
}: {
  caption: string;
  estates: Estate[];
  show: 'owner' | 'area';
  from?: NonNullable<EstateFrom['from']>;
}) {
  const t = useTexts(commonTexts, estateTexts);
  const { mayWrite } = useEstateAccess();
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
  const editable = from ? estates.some(mayWrite) : false;
  const edit: Column<Estate> = {
    header: t('common.actions'),
    cell: (e) =>
      mayWrite(e) ? (
        <EditLink to={`/afdelinger/${e.id}/rediger`} state={{ from } satisfies EstateFrom} name={e.name} />
      ) : null,
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
        ...(editable ? [edit] : []),
      ]}
    />
  );
}
