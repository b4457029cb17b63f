/** Edit a member or a working group of an urban area's forum (`…/medlemmer/:rowId/rediger`, …). */
import { useParams } from 'react-router';
import type { ForumMember, WorkingGroup } from '../../../domain/schemas/registry.ts';
import { write } from '../../cache.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { RecordForm } from '../../components/RecordEditor.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { ForumFormPage, type ForumRowKind, forumRows } from './ForumFormPage.tsx';
import { forumTexts } from './texts.ts';

export function EditForumRowPage({ kind }: { kind: ForumRowKind }) {
  const t = useTexts(commonTexts, forumTexts);
  const { rowId } = useParams();
  const row = forumRows[kind];
  return (
    <ForumFormPage<ForumMember | WorkingGroup> title={t('common.edit')} list={row.list}>
      {({ forumId, mayWrite, back }, rows) => {
        const found = rows.data!.items.find((r) => r.id === rowId);
        if (!found) return <NotFoundPage />;
        return (
          <RecordForm
            key={found.version}
            formId={row.formId}
            title={t(row.editTitle, { name: row.nameOf(found) })}
            fields={row.fields(t)}
            initial={found}
            mode="edit"
            allowed={mayWrite}
            save={async (patch) => {
              await write('PATCH', `/api/forums/${forumId}/${row.path}/${found.id}`, { body: patch, version: found.version });
              return back;
            }}
            cancelTo={back}
            onReload={rows.reload}
          />
        );
      }}
    </ForumFormPage>
  );
}
