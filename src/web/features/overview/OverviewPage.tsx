/** The start page: who is signed in, and the registry in numbers with links to each part. */
import { Link } from 'react-router';
import { roleNames } from '../../../domain/roles.ts';
import type { Administration, Committee, Estate, FundingPeriod, HousingOrganisation, UrbanArea } from '../../../domain/schemas/registry.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { type Resource, useApi } from '../../use-api.ts';
import { bodyTexts } from '../bodies/texts.ts';
import { housingTexts } from '../housing-organisations/texts.ts';
import { overviewTexts } from './texts.ts';

type Row = { key: string; label: string; to: string; count: string; note?: string };

function count(r: Resource<{ items: unknown[]; next?: string }>): string {
  if (r.data) return `${r.data.items.length}${r.data.next ? '+' : ''}`;
  return r.error ? '–' : '…';
}

export function OverviewPage() {
  const t = useTexts(commonTexts, overviewTexts, housingTexts, bodyTexts);
  const lang = useLanguage();
  const { me } = useSession();
  const areas = useApi<{ items: UrbanArea[]; next?: string }>('/api/urban-areas?limit=500');
  const orgs = useApi<{ items: HousingOrganisation[]; next?: string }>('/api/housing-organisations?limit=500');
  const estates = useApi<{ items: Estate[]; next?: string }>('/api/estates?limit=500');
  const administrations = useApi<{ items: Administration[]; next?: string }>('/api/administrations?limit=500');
  const committees = useApi<{ items: Committee[]; next?: string }>('/api/committees?limit=500');
  const periods = useApi<{ items: FundingPeriod[]; next?: string }>('/api/funding-periods?limit=500');
  const vulnerable = areas.data?.items.filter((a) => a.vulnerable).length;

  const rows: Row[] = [
    {
      key: 'areas',
      label: t('nav.urbanAreas'),
      to: '/byomraader',
      count: count(areas),
      ...(vulnerable !== undefined ? { note: t('overview.vulnerable', { n: vulnerable }) } : {}),
    },
    { key: 'orgs', label: t('nav.housingOrganisations'), to: '/boligorganisationer', count: count(orgs) },
    { key: 'estates', label: t('housing.estates'), to: '/boligorganisationer', count: count(estates) },
    { key: 'adm', label: t('bodies.administrations'), to: '/forvaltninger', count: count(administrations) },
    { key: 'com', label: t('bodies.committees'), to: '/forvaltninger', count: count(committees) },
    { key: 'fp', label: t('nav.fundingPeriods'), to: '/puljeperioder', count: count(periods) },
  ];
  const loading = [areas, orgs, estates, administrations, committees, periods].some((r) => r.loading);

  return (
    <Page title={t('overview.title')} lead={t('overview.intro')}>
      {me && <p>{t('overview.signedInAs', { name: me.displayName, role: roleNames[me.role][lang] })}</p>}
      <div aria-busy={loading}>
        <DataTable
          caption={t('overview.caption')}
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            {
              header: t('overview.what'),
              cell: (r) => (
                <>
                  <Link to={r.to}>{r.label}</Link>
                  {r.note && <span className="form-hint d-block">{r.note}</span>}
                </>
              ),
            },
            { header: t('overview.count'), cell: (r) => r.count, numeric: true },
          ]}
        />
      </div>
    </Page>
  );
}
