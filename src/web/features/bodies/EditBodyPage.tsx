/** Edit an administration's or a committee's name and abbreviation. */
import { useParams } from 'react-router';
import type { Administration, Committee } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { RecordEditor } from '../../components/RecordEditor.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { bodyTexts } from './texts.ts';

const kinds = {
  administration: { path: (id: string) => apiPath('/api/administrations/{id}', { id }), title: 'bodies.editAdministration' },
  committee: { path: (id: string) => apiPath('/api/committees/{id}', { id }), title: 'bodies.editCommittee' },
} as const;

export function EditBodyPage({ kind }: { kind: keyof typeof kinds }) {
  const t = useTexts(commonTexts, bodyTexts);
  const { id } = useParams();
  const { may } = useSession();
  return (
    <RecordEditor<Administration | Committee>
      formId={kind}
      path={kinds[kind].path(id!)}
      back={{ to: '/forvaltninger', page: t('bodies.title') }}
      title={(b) => t(kinds[kind].title, { name: b.name })}
      fields={[
        { name: 'name', label: t('common.name') },
        { name: 'abbreviation', label: t('bodies.abbreviation') },
      ]}
      allowed={(b) => may('registry.write', { municipalityId: b.municipalityId })}
      done={() => '/forvaltninger'}
    />
  );
}
