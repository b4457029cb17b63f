/** "Redigér" with the name of what it edits for screen readers; a function link, or a button. */
import { Link } from 'react-router';
import { useTexts } from '../texts.ts';
import { Icon } from './Icon.tsx';
import { commonTexts } from './texts.ts';

export function EditLink({ to, name, state, button }: { to: string; name: string; state?: unknown; button?: boolean }) {
  const t = useTexts(commonTexts);
  return (
    <Link to={to} state={state} className={button ? 'button button-secondary' : 'function-link'}>
      <Icon name="edit" />
      {t('common.edit')}
      <span className="sr-only"> {name}</span>
    </Link>
  );
}
