import { Link } from 'react-router';
import { useTexts } from '../texts.ts';
import { Icon } from './Icon.tsx';
import { commonTexts } from './texts.ts';

export function BackLink({ to, page }: { to: string; page: string }) {
  const t = useTexts(commonTexts);
  return (
    <Link to={to} className="back-link">
      <Icon name="arrow-back" />
      {t('common.back', { page })}
    </Link>
  );
}
