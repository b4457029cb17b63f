/** Create an urban area in the admin's municipality (`/byomraader/ny`). */
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { UrbanAreaForm } from './UrbanAreaForm.tsx';
import { urbanAreaTexts } from './texts.ts';

export function NewUrbanAreaPage() {
  const t = useTexts(commonTexts, urbanAreaTexts);
  const { me } = useSession();
  const municipalityId = me?.scope.municipalityId ?? null;
  return (
    <>
      <BackLink to="/byomraader" page={t('urbanAreas.title')} />
      {municipalityId ? (
        <UrbanAreaForm municipalityId={municipalityId} />
      ) : (
        <Page title={t('urbanAreas.newTitle')}>
          <Alert variant="error">{t('common.forbidden')}</Alert>
        </Page>
      )}
    </>
  );
}
