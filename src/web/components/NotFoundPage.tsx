import { Link } from 'react-router';
import { useT } from '../i18n.ts';
import { Page } from './Page.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('common.notFound')}>
      <p>{t('common.notFoundText')}</p>
      <p>
        <Link to="/">{t('nav.overview')}</Link>
      </p>
    </Page>
  );
}
