/**
 * One page: its title (document title and the single h1), the announced "saved" notice after a
 * form returned here, and focus moved to the h1 after a
 * client-side navigation so that screen-reader and keyboard users start at the new content.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTexts } from '../texts.ts';
import { SavedNotice } from './StatusMessage.tsx';
import { commonTexts } from './texts.ts';

let firstPage = true;

export function Page({ title, children, lead }: { title: string; children?: ReactNode; lead?: ReactNode }) {
  const t = useTexts(commonTexts);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    // The first page of a visit keeps the browser's own starting point.
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus({ preventScroll: false });
  }, []);

  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        {title}
      </h1>
      <SavedNotice />
      {lead && <p className="font-lead">{lead}</p>}
      {children}
    </>
  );
}
