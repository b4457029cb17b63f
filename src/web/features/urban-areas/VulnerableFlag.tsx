/** Whether an urban area is vulnerable (udsat): a "Ja" badge, or a plain "Nej". */
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';

export function VulnerableFlag({ vulnerable }: { vulnerable: boolean }) {
  const t = useTexts(commonTexts);
  return vulnerable ? (
    <span className="badge badge-info">{t('common.yes')}</span>
  ) : (
    <span>{t('common.no')}</span>
  );
}
