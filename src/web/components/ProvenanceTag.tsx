/** Example data (made up for the demo) and synthetic data (the generated national set) are always labelled as such, on rows and detail pages. */
import { useTexts } from '../texts.ts';
import { commonTexts } from './texts.ts';

export function ProvenanceTag({ provenance }: { provenance: 'published' | 'example' | 'synthetic' | undefined }) {
  const t = useTexts(commonTexts);
  if (provenance === 'synthetic') {
    return (
      <span className="badge badge-info example-tag" title={t('common.syntheticHelp')} data-provenance="synthetic">
        {t('common.synthetic')}
      </span>
    );
  }
  if (provenance !== 'example') return null;
  return (
    <span className="badge badge-warning example-tag" title={t('common.exampleHelp')} data-provenance="example">
      {t('common.example')}
    </span>
  );
}
