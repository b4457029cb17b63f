/**
 * A list of a forum's rows (members, working groups) under its own heading: "add", and per row
 * "edit" and "remove" for those who may write. Removal asks first, sends the row's version
 * (If-Match), announces the result and moves the focus to the heading, as the row is gone.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { type ApiError, type List, asApiError } from '../../api.ts';
import { type Resource, write } from '../../cache.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { EditLink } from '../../components/EditLink.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { LiveStatus } from '../../components/StatusMessage.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { forumTexts } from './texts.ts';

type Row = { id: string; version: number };

/** The words of removing one kind of row, given the row's name. */
export type RemovalTexts = { confirm: string; question: (name: string) => string; removed: (name: string) => string; failed: string; stale: string };

export function RemovableList<T extends Row>({
  heading,
  list,
  path,
  nameOf,
  mayWrite,
  add,
  editTo,
  caption,
  empty,
  columns,
  texts,
  hidden,
}: {
  heading: string;
  list: Resource<List<T>>;
  /** The API path of a row, for DELETE. */
  path: (row: T) => string;
  nameOf: (row: T) => string;
  mayWrite: boolean;
  add: { to: string; label: string };
  editTo: (row: T) => string;
  caption: string;
  empty: string;
  columns: Column<T>[];
  texts: RemovalTexts;
  /** Shown instead of the list when the user may not see the rows. */
  hidden?: string | undefined;
}) {
  const t = useTexts(commonTexts, forumTexts);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [removing, setRemoving] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  // After a removal the row is gone: keyboard users continue from the heading.
  useEffect(() => {
    if (removed) headingRef.current?.focus();
  }, [removed]);

  const remove = async (row: T) => {
    setBusy(true);
    setFailure(null);
    try {
      // The list on screen is read again by the write (same collection).
      await write('DELETE', path(row), { version: row.version });
      setRemoved(texts.removed(nameOf(row)));
    } catch (err) {
      setFailure(asApiError(err));
      list.reload();
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  };

  const actions: Column<T> = {
    header: t('common.actions'),
    cell: (row) => (
      <>
        <EditLink to={editTo(row)} name={nameOf(row)} />
        <button type="button" className="function-link" onClick={() => setRemoving(row)}>
          <Icon name="delete" />
          {t('forum.remove')}
          <span className="sr-only"> {nameOf(row)}</span>
        </button>
      </>
    ),
  };

  return (
    <>
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <LiveStatus message={removed} />
      {failure && (
        <Alert variant="error" heading={failure.isStale ? t('common.staleTitle') : texts.failed} headingLevel={3}>
          {failure.isStale ? texts.stale : failure.detail || failure.title}
        </Alert>
      )}
      {hidden !== undefined ? (
        <p>{hidden}</p>
      ) : (
        <>
          {mayWrite && (
            <p>
              <Link to={add.to} className="button button-secondary">
                <Icon name="plus" />
                {add.label}
              </Link>
            </p>
          )}
          <Loaded resources={[list]}>
            {() => (
              <DataTable caption={caption} rows={list.data!.items} rowKey={(r) => r.id} empty={empty} columns={mayWrite ? [...columns, actions] : columns} />
            )}
          </Loaded>
          {removing && (
            <ConfirmDialog
              title={t('forum.removeTitle', { name: nameOf(removing) })}
              confirmLabel={texts.confirm}
              busy={busy}
              onConfirm={() => void remove(removing)}
              onCancel={() => setRemoving(null)}
            >
              <p>{texts.question(nameOf(removing))}</p>
            </ConfirmDialog>
          )}
        </>
      )}
    </>
  );
}
