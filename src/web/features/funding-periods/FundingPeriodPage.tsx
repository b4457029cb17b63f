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
import { locale } from '../../components/format.ts';
import { commonTexts } from '../../components/texts.ts';
import { type Language, useLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { type RuleKey, ruleKeys, ruleName } from './rules.ts';
import { fundingTexts } from './texts.ts';

function ruleValue(key: RuleKey, value: number, lang: Language): string {
  if (key.endsWith('Bp')) return `${(value / 100).toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;
  return value.toLocaleString(locale(lang));
}

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
  const lang = useLanguage();
  const { may } = useSession();
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
      <DataTable
        caption={t('funding.rulesCaption', { name: period.name })}
        rows={[...ruleKeys]}
        rowKey={(k) => k}
        columns={[
          { header: t('funding.rule'), cell: (k) => t(ruleName(k)) },
          { header: t('funding.value'), cell: (k) => ruleValue(k, period.rules[k], lang), numeric: true },
        ]}
      />
    </Page>
  );
}
