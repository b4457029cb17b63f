/** A new contract draft (`/kontrakter/ny`): urban area, funding period, intervention area, working group and content. */
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { emptyContractContent } from '../../../domain/contracts.ts';
import type { Contract } from '../../../domain/schemas/contracts.ts';
import { type ApiError, apiPath, asApiError } from '../../api.ts';
import { entry, useGet, write } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { SelectField } from '../../components/Fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { approvalTexts } from '../approval/texts.ts';
import { ContractContentForm, Refusal, useAreaActivities } from './ContractForm.tsx';
import { contractPath, useNames } from './contract-data.ts';
import { contentOf, draftOf } from './contract-draft.ts';
import { contractTexts } from './texts.ts';

export function NewContractPage() {
  const t = useTexts(commonTexts, contractTexts, approvalTexts);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { resources, names } = useNames();
  const areas = useGet(apiPath('/api/urban-areas', { limit: 500 }));
  const periods = useGet(apiPath('/api/funding-periods', { limit: 100 }));
  const [areaId, setAreaId] = useState(params.get('byomraade') ?? '');
  const [periodId, setPeriodId] = useState('');
  const [iaId, setIaId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [content, setContent] = useState(() => draftOf(emptyContractContent()));
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const area = areas.data?.items.find((a) => a.id === areaId);
  const period = periodId || periods.data?.items[0]?.id || '';
  const detail = useGet(period ? apiPath('/api/funding-periods/{id}', { id: period }) : null);
  const groups = useGet(area?.forumId ? apiPath('/api/forums/{id}/working-groups', { id: area.forumId }, { limit: 500 }) : null);
  const activities = useAreaActivities(areaId || null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const created = await write<Contract>('POST', '/api/contracts', {
        body: { urbanAreaId: areaId, interventionAreaId: iaId, workingGroupId: groupId, content: contentOf(content, t) },
        cache: (saved) => [entry(contractPath(saved.data.id), saved)],
      });
      void navigate(`/kontrakter/${created.data.id}`, { state: { saved: t('contracts.created') } });
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <BackLink to={`/kontrakter${areaId ? `?byomraade=${areaId}` : ''}`} page={t('contracts.title')} />
      <Page title={t('contracts.newTitle')}>
        <Loaded resources={[...resources, areas, periods]}>
          {() => (
            <form onSubmit={(e) => void submit(e)} noValidate>
              {error && <Refusal error={error} heading={t('contracts.refused')} />}
              <SelectField id="contract-area" label={t('contracts.area')} value={areaId} onChange={setAreaId} options={areas.data!.items.map((a) => ({ value: a.id, label: a.name }))} />
              <SelectField id="contract-period" label={t('contracts.fundingPeriod')} value={period} onChange={setPeriodId} options={periods.data!.items.map((p) => ({ value: p.id, label: p.name }))} />
              <SelectField
                id="contract-interventionArea"
                label={t('contracts.interventionArea')}
                value={iaId}
                onChange={setIaId}
                options={(detail.data?.interventionAreas ?? []).filter((x) => x.municipalInterface).map((x) => ({ value: x.id, label: `${x.number}. ${x.name}` }))}
              />
              <SelectField id="contract-workingGroup" label={t('contracts.workingGroup')} value={groupId} onChange={setGroupId} options={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))} />
              {area && <ContractContentForm value={content} onChange={setContent} names={names!} municipalityId={area.municipalityId} error={error} activities={activities} />}
              <button type="submit" className="button button-primary mt-6" disabled={saving}>
                {t('contracts.create')}
              </button>
            </form>
          )}
        </Loaded>
      </Page>
    </>
  );
}
