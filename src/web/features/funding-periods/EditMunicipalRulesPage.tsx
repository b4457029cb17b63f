/**
 * Change the municipality's own parameters for a funding period (`/puljeperioder/:id/kommune/:municipalityId/rediger`):
 * its co-financing cap and the split of it, as percentages with two decimals, sent as basis points.
 * Only the municipality's admins may (`municipal_rules.write`, PERIOD-OWNER).
 */
import { useParams } from 'react-router';
import type { MunicipalFundingRules } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { type FieldSpec, RecordEditor } from '../../components/RecordEditor.tsx';
import { percentText } from '../../components/format.ts';
import { commonTexts } from '../../components/texts.ts';
import { useLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { type RuleKey, ruleName } from './rules.ts';
import { fundingTexts } from './texts.ts';

export function EditMunicipalRulesPage() {
  const t = useTexts(commonTexts, fundingTexts);
  const lang = useLanguage();
  const { id, municipalityId } = useParams();
  const { may } = useSession();
  const rule = (key: RuleKey) => t(ruleName(key));
  const percentHint = t('funding.percentHint');
  const fields: FieldSpec[] = [
    { kind: 'percent', name: 'rules.municipalCapBp', label: rule('municipalCapBp'), hint: percentHint },
    { kind: 'percent', name: 'rules.municipalContractPartBp', label: rule('municipalContractPartBp'), hint: percentHint },
    { kind: 'percent', name: 'rules.municipalFacilitationPartBp', label: rule('municipalFacilitationPartBp'), hint: percentHint },
  ];
  return (
    <RecordEditor<MunicipalFundingRules>
      formId="municipal-rules"
      path={apiPath('/api/municipalities/{id}/funding-rules/{fundingPeriodId}', { id: municipalityId!, fundingPeriodId: id! })}
      back={(r) => ({ to: `/puljeperioder/${r.fundingPeriod.id}`, page: `${t('funding.period')} ${r.fundingPeriod.name}` })}
      title={(r) => t('funding.editMunicipalTitle', { name: r.fundingPeriod.name })}
      fields={fields}
      allowed={(r) => may('municipal_rules.write', { municipalityId: r.municipalityId })}
      done={(r) => `/puljeperioder/${r.fundingPeriod.id}`}
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
