/**
 * Asks before something is removed: a modal <dialog> (showModal keeps focus inside it and Escape
 * cancels). Render it while the question stands; focus returns to what opened it on cancel.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTexts } from '../texts.ts';
import { commonTexts } from './texts.ts';

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTexts(commonTexts);
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // The safe choice first: Enter or Space on the first focus does not remove anything.
    cancelButton.current?.focus();
    return () => {
      if (d?.open) d.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={children ? `${id}-body` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children && <div id={`${id}-body`}>{children}</div>}
      <div className="mt-6">
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button ref={cancelButton} type="button" className="button button-secondary ml-4" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
