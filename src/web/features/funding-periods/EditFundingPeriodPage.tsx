/**
 * Change a funding period's name and the fund's rule parameters (shares shown as percentages with
 * two decimals, sent as basis points). Only the fund officer may (`funding_period.write`,
 * PERIOD-OWNER); the municipality's own parameters have their page (EditMunicipalRulesPage).
 */
import { useParams } from 'react-router';
import type { FundingPeriodDetail } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { type FieldSpec, RecordEditor } from '../../components/RecordEditor.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { type RuleKey, ruleName } from './rules.ts';
import { fundingTexts } from './texts.ts';

export function EditFundingPeriodPage() {
  const t = useTexts(commonTexts, fundingTexts);
  const { id } = useParams();
  const { may } = useSession();
  const rule = (key: RuleKey) => t(ruleName(key));
  const percentHint = t('funding.percentHint');
  const fields: FieldSpec[] = [
    { name: 'name', label: t('common.name'), width: 'input-width-s' },
    { kind: 'percent', name: 'rules.localShareMinBp', label: rule('localShareMinBp'), hint: percentHint },
    { kind: 'integer', name: 'rules.normalPlanYears', label: rule('normalPlanYears'), width: 'input-width-xs' },
    { kind: 'integer', name: 'rules.reportDueMonthsAfterYearEnd', label: rule('reportDueMonthsAfterYearEnd'), width: 'input-width-xs' },
    { kind: 'integer', name: 'rules.maxContractsPerUrbanArea', label: rule('maxContractsPerUrbanArea'), width: 'input-width-xs' },
  ];
  return (
    <RecordEditor<FundingPeriodDetail>
      formId="funding-period"
      path={apiPath('/api/funding-periods/{id}', { id: id! })}
      back={(p) => ({ to: `/puljeperioder/${p.id}`, page: `${t('funding.period')} ${p.name}` })}
      title={(p) => t('funding.editTitle', { name: p.name })}
      fields={fields}
      allowed={() => may('funding_period.write')}
      done={(p) => `/puljeperioder/${p.id}`}
    />
  );
}
