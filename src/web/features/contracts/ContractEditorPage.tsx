/**
 * Edit a contract's draft (`/kontrakter/:id/rediger`), or adopt a revision of an approved contract
 * by the forum's decision, with its date and reference (`/kontrakter/:id/revision`).
 */
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { emptyContractContent } from '../../../domain/contracts.ts';
import type { Contract, ContractRevision } from '../../../domain/schemas/contracts.ts';
import { type ApiError, asApiError } from '../../api.ts';
import { entry, write } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DateField, TextField } from '../../components/Fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { approvalTexts } from '../approval/texts.ts';
import { ContractContentForm, type Names, Refusal, useAreaActivities } from './ContractForm.tsx';
import { contractPath, contractTitle, useContract, useNames } from './contract-data.ts';
import { contentOf, draftOf } from './contract-draft.ts';
import { contractTexts } from './texts.ts';

type Mode = 'edit' | 'revise';

export function ContractEditorPage({ mode }: { mode: Mode }) {
  const t = useTexts(contractTexts);
  const { id } = useParams();
  const contract = useContract(id!);
  const { resources, names } = useNames();
  return (
    <>
      <BackLink to={`/kontrakter/${id}`} page={t('contracts.title')} />
      <Loaded resources={[contract, ...resources]}>{() => <ContentEditor mode={mode} c={contract.data!} version={contract.version} names={names!} />}</Loaded>
    </>
  );
}

function ContentEditor({ mode, c, version, names }: { mode: Mode; c: Contract; version: number | null; names: Names }) {
  const t = useTexts(commonTexts, contractTexts, approvalTexts);
  const navigate = useNavigate();
  const [content, setContent] = useState(() => draftOf(c.draft ?? c.current?.content ?? emptyContractContent()));
  const activities = useAreaActivities(c.urbanArea.id);
  const [decisionDate, setDecisionDate] = useState('');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      if (mode === 'edit') {
        await write<Contract>('PATCH', `/api/contracts/${c.id}`, {
          body: { content: contentOf(content, t) },
          version: version ?? c.version,
          cache: (saved) => [entry(contractPath(c.id), saved)],
        });
        void navigate(`/kontrakter/${c.id}`, { state: { saved: t('contracts.saved') } });
      } else {
        const r = await write<ContractRevision>('POST', `/api/contracts/${c.id}/revisions`, {
          body: { decisionDate, decisionReference: reference.trim(), content: contentOf(content, t) },
          version: version ?? c.version,
        });
        void navigate(`/kontrakter/${c.id}`, { state: { saved: t('contracts.revised', { n: r.data.number }) } });
      }
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setSaving(false);
    }
  };
  const err = (field: string) => {
    const v = error?.violations.find((x) => x.path === `body.${field}`);
    return v ? `${v.rule}: ${v.message}` : undefined;
  };
  return (
    <Page title={`${mode === 'edit' ? t('contracts.editTitle') : t('contracts.reviseTitle')}: ${contractTitle(c, t)}`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {error && <Refusal error={error} heading={t('contracts.refused')} />}
        {mode === 'revise' && (
          <>
            <DateField id="contract-decisionDate" label={t('contracts.decisionDate')} value={decisionDate} onChange={setDecisionDate} error={err('decisionDate')} />
            <TextField id="contract-decisionReference" label={t('contracts.decisionReference')} value={reference} onChange={setReference} error={err('decisionReference')} />
          </>
        )}
        <ContractContentForm value={content} onChange={setContent} names={names} municipalityId={c.urbanArea.municipalityId} error={error} activities={activities} />
        <button type="submit" className="button button-primary mt-6" disabled={saving}>
          {mode === 'edit' ? t('contracts.save') : t('contracts.reviseSave')}
        </button>
      </form>
    </Page>
  );
}
