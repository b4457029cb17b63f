/** Add a member or a working group to an urban area's forum (`…/medlemmer/ny`, `…/arbejdsgrupper/ny`). */
import { write } from '../../cache.ts';
import { RecordForm } from '../../components/RecordEditor.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { ForumFormPage, type ForumRowKind, forumRows } from './ForumFormPage.tsx';
import { forumTexts } from './texts.ts';

export function NewForumRowPage({ kind }: { kind: ForumRowKind }) {
  const t = useTexts(commonTexts, forumTexts);
  const row = forumRows[kind];
  return (
    <ForumFormPage title={t(row.add)}>
      {({ area, forumId, mayWrite, back }) => (
        <RecordForm
          formId={row.formId}
          title={t(row.addTitle, { area: area.name })}
          fields={row.fields(t)}
          initial={{}}
          mode="create"
          allowed={mayWrite}
          submitLabel={t(row.add)}
          save={async (body) => {
            await write('POST', `/api/forums/${forumId}/${row.path}`, { body });
            return back;
          }}
          savedMessage={(body) => t(row.added, { name: row.nameOf(body) })}
          cancelTo={back}
        />
      )}
    </ForumFormPage>
  );
}
