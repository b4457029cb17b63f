/**
 * Success messages that screen readers announce: a polite live region that exists before its text
 * arrives (a region inserted together with its text is often not read), and the "saved" notice a
 * page shows after a form navigated to it with `{ state: { saved: true | message } }`.
 */
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTexts } from '../texts.ts';
import { Alert } from './Alert.tsx';
import { commonTexts } from './texts.ts';

export function LiveStatus({ message }: { message: string | null }) {
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setShown(message), 100);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div aria-live="polite" aria-atomic="true" className="live-status">
      {shown && (
        <Alert variant="success" announce={false}>
          {shown}
        </Alert>
      )}
    </div>
  );
}

/** What a form passes on to the page it returns to. */
export type SavedState = { saved?: boolean | string };

/**
 * Shown once: the state is taken when the page mounts and then cleared from the history entry, so
 * that going back to this page later does not claim a fresh save.
 */
export function SavedNotice() {
  const t = useTexts(commonTexts);
  const navigate = useNavigate();
  const { state, pathname, search, hash } = useLocation();
  const [saved] = useState(() => (state as SavedState | null)?.saved);
  useEffect(() => {
    if (saved) void navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [saved, navigate, pathname, search, hash]);
  return <LiveStatus message={saved ? (typeof saved === 'string' ? saved : t('common.saved')) : null} />;
}
