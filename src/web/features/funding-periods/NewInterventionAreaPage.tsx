/** Add an intervention area to a funding period's catalogue (`funding_period.write`). */
import { useParams } from 'react-router';
import type { InterventionArea } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { useGet, write } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { LoadedPage } from '../../components/Loading.tsx';
import { RecordForm } from '../../components/RecordEditor.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { fundingTexts } from './texts.ts';

export function NewInterventionAreaPage() {
  const t = useTexts(commonTexts, fundingTexts);
  const { id } = useParams();
  const { may } = useSession();
  const period = useGet(apiPath('/api/funding-periods/{id}', { id: id! }));
  const back = `/puljeperioder/${id}`;
  return (
    <>
      <BackLink to={back} page={period.data ? `${t('funding.period')} ${period.data.name}` : t('funding.title')} />
      <LoadedPage resource={period} title={t('funding.title')}>
        {(p) => (
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
              await write<InterventionArea>('POST', `/api/funding-periods/${p.id}/intervention-areas`, { body });
              return back;
            }}
            savedMessage={(body) => t('funding.areaAdded', { name: String(body.name) })}
            cancelTo={back}
          />
        )}
      </LoadedPage>
    </>
  );
}
