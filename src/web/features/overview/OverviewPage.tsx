/** The start page: who is signed in, and the registry in numbers with links to each part. */
import { Link } from 'react-router';
import { roleNames } from '../../../domain/roles.ts';
import { type List, apiPath } from '../../api.ts';
import { type Resource, useGet } from '../../cache.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { bodyTexts } from '../bodies/texts.ts';
import { housingTexts } from '../housing-organisations/texts.ts';
import { overviewTexts } from './texts.ts';

type Row = { key: string; label: string; to: string; count: string; note?: string };

function count(r: Resource<List<unknown>>): string {
  if (r.data) return `${r.data.items.length}${r.data.next ? '+' : ''}`;
  return r.error ? '–' : '…';
}

export function OverviewPage() {
  const t = useTexts(commonTexts, overviewTexts, housingTexts, bodyTexts);
  const lang = useLanguage();
  const { me } = useSession();
  const areas = useGet(apiPath('/api/urban-areas', { limit: 500 }));
  const orgs = useGet(apiPath('/api/housing-organisations', { limit: 500 }));
  const estates = useGet(apiPath('/api/estates', { limit: 500 }));
  const administrations = useGet(apiPath('/api/administrations', { limit: 500 }));
  const committees = useGet(apiPath('/api/committees', { limit: 500 }));
  const periods = useGet(apiPath('/api/funding-periods', { limit: 500 }));
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
