/** Housing organisations (almene boligorganisationer) and how many estates each owns. */
import { Link } from 'react-router';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { housingTexts } from './texts.ts';

export function HousingOrganisationsPage() {
  const t = useTexts(commonTexts, housingTexts);
  const orgs = useGet(apiPath('/api/housing-organisations', { limit: 500 }));
  const estates = useGet(apiPath('/api/estates', { limit: 500 }));
  const countOf = (id: string) => estates.data?.items.filter((e) => e.housingOrganisationId === id).length;
  return (
    <Page title={t('housing.title')} lead={t('housing.intro')}>
      <Loaded resources={[orgs]}>
        {() => (
          <DataTable
            caption={t('housing.caption')}
            rows={orgs.data!.items}
            rowKey={(o) => o.id}
            columns={[
              {
                header: t('common.name'),
                cell: (o) => (
                  <>
                    <Link to={`/boligorganisationer/${o.id}`}>{o.name}</Link> <ProvenanceTag provenance={o.provenance} />
                  </>
                ),
              },
              { header: t('housing.shortName'), cell: (o) => o.shortName },
              { header: t('housing.administrator'), cell: (o) => o.administrator ?? '–' },
              { header: t('housing.estateCount'), cell: (o) => countOf(o.id) ?? '…', numeric: true },
            ]}
          />
        )}
      </Loaded>
    </Page>
  );
}
