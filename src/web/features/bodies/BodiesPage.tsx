/** Administrations (forvaltninger) with their committees, and every deciding body incl. ØU and BR. */
import type { Administration, Committee, CommitteeKind } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EditLink } from '../../components/EditLink.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { bodyTexts } from './texts.ts';

const kindOrder: Record<CommitteeKind, number> = { city_council: 0, finance_committee: 1, committee: 2 };

export function BodiesPage() {
  const t = useTexts(commonTexts, bodyTexts);
  const { may } = useSession();
  const administrations = useGet(apiPath('/api/administrations', { limit: 500 }));
  const committees = useGet(apiPath('/api/committees', { limit: 500 }));
  const mayEdit = (municipalityId: string) => may('registry.write', { municipalityId });
  return (
    <Page title={t('bodies.title')} lead={t('bodies.intro')}>
      <h2>{t('bodies.administrations')}</h2>
      <Loaded resources={[administrations]}>
        {() => (
          <DataTable
            caption={t('bodies.administrationsCaption')}
            rows={administrations.data!.items}
            rowKey={(a) => a.id}
            columns={[
              { header: t('bodies.administration'), cell: (a) => a.name },
              { header: t('bodies.abbreviation'), cell: (a) => a.abbreviation },
              {
                header: t('bodies.committee'),
                cell: (a) => (a.committee ? `${a.committee.name} (${a.committee.abbreviation})` : '–'),
              },
              ...(administrations.data!.items.some((a) => mayEdit(a.municipalityId))
                ? [
                    {
                      header: t('common.edit'),
                      cell: (a: Administration) =>
                        mayEdit(a.municipalityId) ? <EditLink to={`/forvaltninger/${a.id}/rediger`} name={a.name} /> : null,
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Loaded>
      <h2>{t('bodies.committees')}</h2>
      <Loaded resources={[committees]}>
        {() => (
          <DataTable
            caption={t('bodies.committeesCaption')}
            rows={[...committees.data!.items].sort(
              (a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, 'da'),
            )}
            rowKey={(c) => c.id}
            columns={[
              { header: t('bodies.committee'), cell: (c) => c.name },
              { header: t('bodies.abbreviation'), cell: (c) => c.abbreviation },
              {
                header: t('bodies.kind'),
                cell: (c) => (
                  <span className={c.kind === 'committee' ? undefined : 'badge badge-info'}>{t(`bodies.kind.${c.kind}`)}</span>
                ),
              },
              ...(committees.data!.items.some((c) => mayEdit(c.municipalityId))
                ? [
                    {
                      header: t('common.edit'),
                      cell: (c: Committee) =>
                        mayEdit(c.municipalityId) ? <EditLink to={`/udvalg/${c.id}/rediger`} name={c.name} /> : null,
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Loaded>
    </Page>
  );
}
