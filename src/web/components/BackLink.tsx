import { Link } from 'react-router';
import { useT } from '../i18n.ts';
import { Icon } from './Icon.tsx';

export function BackLink({ to, page }: { to: string; page: string }) {
  const t = useT();
  return (
    <Link to={to} className="back-link">
      <Icon name="arrow-back" />
      {t('common.back', { page })}
    </Link>
  );
}
