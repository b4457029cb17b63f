/** The cooperation contracts, per urban area (`/kontrakter?byomraade=…`); a new draft for those who may. */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { SelectField } from '../../components/Fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { approvalTexts } from '../approval/texts.ts';
import { ContractsTable } from './ContractsTable.tsx';
import { contractTexts } from './texts.ts';

export function ContractsPage() {
  const t = useTexts(commonTexts, contractTexts, approvalTexts);
  const { may } = useSession();
  const [params, setParams] = useSearchParams();
  const areaId = params.get('byomraade') ?? '';
  const [formArea, setFormArea] = useState(areaId);
  const areas = useGet(apiPath('/api/urban-areas', { limit: 500 }));
  const contracts = useGet(apiPath('/api/contracts', { urbanAreaId: areaId || undefined, limit: 500 }));
  const area = areas.data?.items.find((a) => a.id === areaId);
  const mayCreate = area ? may('contract.write', { municipalityId: area.municipalityId, urbanAreaId: area.id }) : false;
  return (
    <Page title={t('contracts.title')} lead={t('contracts.lead')}>
      <form
        className="plan-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(formArea ? { byomraade: formArea } : {});
        }}
      >
        <SelectField
          id="contracts-area"
          label={t('contracts.area')}
          value={formArea || 'all'}
          onChange={(v) => setFormArea(v === 'all' ? '' : v)}
          options={[{ value: 'all', label: t('contracts.allAreas') }, ...(areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))]}
        />
        <button type="submit" className="button button-secondary">
          {t('contracts.filter')}
        </button>
      </form>
      {mayCreate && (
        <p>
          <Link to={`/kontrakter/ny?byomraade=${areaId}`} className="button button-secondary">
            {t('contracts.new')}
          </Link>
        </p>
      )}
      <Loaded resources={[contracts]}>{() => <ContractsTable rows={contracts.data!.items} caption={area ? `${t('contracts.caption')}: ${area.name}` : t('contracts.caption')} />}</Loaded>
    </Page>
  );
}
