import { Link } from 'react-router';
import { useTexts } from '../texts.ts';
import { Page } from './Page.tsx';
import { commonTexts } from './texts.ts';

export function NotFoundPage() {
  const t = useTexts(commonTexts);
  return (
    <Page title={t('common.notFound')}>
      <p>{t('common.notFoundText')}</p>
      <p>
        <Link to="/">{t('nav.overview')}</Link>
      </p>
    </Page>
  );
}
