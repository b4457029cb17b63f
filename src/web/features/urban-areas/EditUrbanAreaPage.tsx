/** Edit an urban area (`/byomraader/:id/rediger`). */
import { useParams } from 'react-router';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { LoadedPage } from '../../components/Loading.tsx';
import { useTexts } from '../../texts.ts';
import { UrbanAreaForm } from './UrbanAreaForm.tsx';
import { urbanAreaTexts } from './texts.ts';

export function EditUrbanAreaPage() {
  const t = useTexts(urbanAreaTexts);
  const { id } = useParams();
  const area = useGet(apiPath('/api/urban-areas/{id}', { id: id! }));
  return (
    <>
      <BackLink to={`/byomraader/${id}`} page={area.data?.name ?? t('urbanAreas.title')} />
      <LoadedPage resource={area} title={t('urbanAreas.title')}>
        {(a) => <UrbanAreaForm key={a.version} area={a} version={area.version} onReload={area.reload} />}
      </LoadedPage>
    </>
  );
}
