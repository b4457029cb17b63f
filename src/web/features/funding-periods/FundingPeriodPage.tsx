/** One funding period (`/puljeperioder/:id`): its intervention areas and its rule parameters. */
import { Link, useParams } from 'react-router';
import type { FundingPeriodDetail } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Icon } from '../../components/Icon.tsx';
import { LoadedPage } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { fundKeys, municipalKeys } from './rules.ts';
import { RulesTable } from './RulesTable.tsx';
import { fundingTexts } from './texts.ts';

export function FundingPeriodPage() {
  const t = useTexts(fundingTexts);
  const { id } = useParams();
  const period = useGet(apiPath('/api/funding-periods/{id}', { id: id! }));
  return (
    <>
      <BackLink to="/puljeperioder" page={t('funding.title')} />
      <LoadedPage resource={period} title={t('funding.title')}>
        {(p) => <PeriodDetail period={p} />}
      </LoadedPage>
    </>
  );
}

function PeriodDetail({ period }: { period: FundingPeriodDetail }) {
  const t = useTexts(commonTexts, fundingTexts);
  const { may, me } = useSession();
  const mayWrite = may('funding_period.write');
  const title = `${t('funding.period')} ${period.name}`;
  return (
    <Page title={title} lead={`${period.startYear}–${period.endYear}`}>
      <h2>{t('funding.areas')}</h2>
      <p id="interface-help">{t('funding.interfaceHelp')}</p>
      {mayWrite && (
        <p>
          <Link to={`/puljeperioder/${period.id}/indsatsomraader/ny`} className="button button-secondary">
            <Icon name="plus" />
            {t('funding.addArea')}
          </Link>
        </p>
      )}
      <DataTable
        caption={t('funding.areasCaption', { name: period.name })}
        rows={[...period.interventionAreas].sort((a, b) => a.number - b.number)}
        rowKey={(a) => a.id}
        columns={[
          { header: t('funding.number'), cell: (a) => a.number },
          { header: t('common.name'), cell: (a) => a.name },
          {
            header: t('funding.interface'),
            cell: (a) =>
              a.municipalInterface ? (
                <span className="badge badge-success interface-tag">{t('funding.interfaceTag')}</span>
              ) : (
                <span>
                  {t('common.no')}
                </span>
              ),
          },
        ]}
      />
      <h2>{t('funding.rules')}</h2>
      {mayWrite && (
        <p>
          <Link to={`/puljeperioder/${period.id}/rediger`} className="button button-secondary">
            <Icon name="edit" />
            {t('funding.editRules')}
            <span className="sr-only"> {period.name}</span>
          </Link>
        </p>
      )}
      <RulesTable caption={t('funding.rulesCaption', { name: period.name })} keys={fundKeys} rules={period.rules} inferred={period.inferred} />
      {me?.scope.municipalityId && <MunicipalRules periodId={period.id} periodName={period.name} municipalityId={me.scope.municipalityId} />}
    </Page>
  );
}

/** The signed-in user's municipality's own parameters for the period (PERIOD-OWNER), editable by its admins. */
function MunicipalRules({ periodId, periodName, municipalityId }: { periodId: string; periodName: string; municipalityId: string }) {
  const t = useTexts(fundingTexts);
  const { may } = useSession();
  const own = useGet(apiPath('/api/municipalities/{id}/funding-rules/{fundingPeriodId}', { id: municipalityId, fundingPeriodId: periodId }));
  if (!own.data) return null;
  return (
    <>
      <h2>{t('funding.municipalRules')}</h2>
      <p>{t('funding.municipalRulesHelp')}</p>
      {may('municipal_rules.write', { municipalityId }) && (
        <p>
          <Link to={`/puljeperioder/${periodId}/kommune/${municipalityId}/rediger`} className="button button-secondary">
            <Icon name="edit" />
            {t('funding.editMunicipalRules')}
            <span className="sr-only"> {periodName}</span>
          </Link>
        </p>
      )}
      <RulesTable caption={t('funding.municipalRulesCaption', { name: periodName })} keys={municipalKeys} rules={own.data.rules} inferred={own.data.inferred} />
    </>
  );
}
