/**
 * Change a funding period's name and rule parameters (shares shown as percentages with two
 * decimals, sent as basis points), and add an intervention area to its catalogue. The admin and
 * the fund officer may (`funding_period.write`).
 */
import { useParams } from 'react-router';
import type { FundingPeriodDetail, InterventionArea } from '../../../domain/schemas/registry.ts';
import { api } from '../../api.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { LoadError, Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type FieldSpec, RecordEditor, RecordForm, percentText } from '../../components/RecordEditor.tsx';
import { useLanguage, useT } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { useSession } from '../auth/session.tsx';
import { type RuleKey, ruleNames } from './FundingPeriodsPage.tsx';

export function EditFundingPeriodPage() {
  const t = useT();
  const lang = useLanguage();
  const { id } = useParams();
  const { may } = useSession();
  const rule = (key: RuleKey) => ruleNames[key][lang];
  const percentHint = t('funding.percentHint');
  const fields: FieldSpec[] = [
    { name: 'name', label: t('common.name'), width: 'input-width-s' },
    { kind: 'percent', name: 'rules.municipalCapBp', label: rule('municipalCapBp'), hint: percentHint },
    { kind: 'percent', name: 'rules.municipalContractPartBp', label: rule('municipalContractPartBp'), hint: percentHint },
    { kind: 'percent', name: 'rules.municipalFacilitationPartBp', label: rule('municipalFacilitationPartBp'), hint: percentHint },
    { kind: 'percent', name: 'rules.localShareMinBp', label: rule('localShareMinBp'), hint: percentHint },
    { kind: 'integer', name: 'rules.normalPlanYears', label: rule('normalPlanYears'), width: 'input-width-xs' },
    { kind: 'integer', name: 'rules.reportDueMonthsAfterYearEnd', label: rule('reportDueMonthsAfterYearEnd'), width: 'input-width-xs' },
    { kind: 'integer', name: 'rules.maxContractsPerUrbanArea', label: rule('maxContractsPerUrbanArea'), width: 'input-width-xs' },
  ];
  return (
    <RecordEditor<FundingPeriodDetail>
      formId="funding-period"
      path={`/api/funding-periods/${id}`}
      back={(p) => ({ to: `/puljeperioder/${p.id}`, page: `${t('funding.period')} ${p.name}` })}
      title={(p) => t('funding.editTitle', { name: p.name })}
      fields={fields}
      allowed={() => may('funding_period.write')}
      done={(p) => `/puljeperioder/${p.id}`}
      explain={(v, values) => {
        if (v.rule !== 'FIN-MUNICIPAL-SPLIT') return undefined;
        const bp = (name: string) => (typeof values[name] === 'number' ? (values[name] as number) : 0);
        const contract = bp('rules.municipalContractPartBp');
        const facilitation = bp('rules.municipalFacilitationPartBp');
        return t('funding.splitError', {
          contract: percentText(contract, lang),
          facilitation: percentText(facilitation, lang),
          sum: percentText(contract + facilitation, lang),
          cap: percentText(bp('rules.municipalCapBp'), lang),
        });
      }}
    />
  );
}

export function NewInterventionAreaPage() {
  const t = useT();
  const { id } = useParams();
  const { may } = useSession();
  const period = useApi<FundingPeriodDetail>(`/api/funding-periods/${id}`);
  const p = period.data;
  const back = `/puljeperioder/${id}`;
  return (
    <>
      <BackLink to={back} page={p ? `${t('funding.period')} ${p.name}` : t('funding.title')} />
      {p ? (
        <RecordForm
          formId="intervention-area"
          title={t('funding.addAreaTitle', { name: p.name })}
          fields={[
            { name: 'name', label: t('common.name') },
            { kind: 'integer', name: 'number', label: t('funding.areaNumber'), hint: t('funding.areaNumberHint'), nullable: true, width: 'input-width-xxs' },
            { kind: 'checkbox', name: 'municipalInterface', label: t('funding.interface') },
          ]}
          initial={{ municipalInterface: false }}
          mode="create"
          allowed={may('funding_period.write')}
          submitLabel={t('funding.addArea')}
          save={async (body) => {
            await api.post<InterventionArea>(`/api/funding-periods/${p.id}/intervention-areas`, body);
            return back;
          }}
          savedMessage={(body) => t('funding.areaAdded', { name: String(body.name) })}
          cancelTo={back}
        />
      ) : period.error ? (
        <Page title={t('funding.title')}>
          <LoadError error={period.error} onRetry={period.reload} />
        </Page>
      ) : (
        <Loading />
      )}
    </>
  );
}
