/** Example data (made up for the demo) is always labelled as such, on rows and detail pages. */
import { useTexts } from '../texts.ts';
import { commonTexts } from './texts.ts';

export function ProvenanceTag({ provenance }: { provenance: 'published' | 'example' | undefined }) {
  const t = useTexts(commonTexts);
  if (provenance !== 'example') return null;
  return (
    <span className="badge badge-warning example-tag" title={t('common.exampleHelp')} data-provenance="example">
      {t('common.example')}
    </span>
  );
}
