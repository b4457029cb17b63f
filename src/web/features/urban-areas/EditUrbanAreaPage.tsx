/** Edit an urban area (`/byomraader/:id/rediger`). */
import { useParams } from 'react-router';
import type { UrbanArea } from '../../../domain/schemas/registry.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { LoadedPage } from '../../components/Loading.tsx';
import { useTexts } from '../../texts.ts';
import { useApi } from '../../use-api.ts';
import { UrbanAreaForm } from './UrbanAreaForm.tsx';
import { urbanAreaTexts } from './texts.ts';

export function EditUrbanAreaPage() {
  const t = useTexts(urbanAreaTexts);
  const { id } = useParams();
  const area = useApi<UrbanArea>(`/api/urban-areas/${id}`);
  return (
    <>
      <BackLink to={`/byomraader/${id}`} page={area.data?.name ?? t('urbanAreas.title')} />
      <LoadedPage resource={area} title={t('urbanAreas.title')}>
        {(a) => <UrbanAreaForm key={a.version} area={a} version={area.version} onReload={area.reload} />}
      </LoadedPage>
    </>
  );
}
