/**
 * Cooperation contracts: the list per urban area (`/kontrakter`), a new draft, one contract with its
 * content, rule report and versions, editing the draft, the forum's revision (decision date and
 * reference) and two versions side by side. Who may do what follows the policy (`contract.write`,
 * `contract.revise`); refusals show their rule id (CON-*) where the form is.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { type ContractContent, type ContractRevision, emptyContractContent } from '../../../domain/schemas/contracts.ts';
import type { FundingPeriod, InterventionArea, UrbanArea, WorkingGroup } from '../../../domain/schemas/registry.ts';
import type { Administration, HousingOrganisation } from '../../../domain/schemas/registry.ts';
import { ApiError, api, query, request } from '../../api.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField, TextField } from '../../components/Form.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useLanguage } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { useSession } from '../auth/session.tsx';
import { type AT, useAT } from '../approval/texts.ts';
import { ChangeMarker, DiffTable, valueText } from '../approval/PlanComparePage.tsx';
import { dateText } from '../plans/format.ts';
import { DateField } from '../plans/parts.tsx';
import { ContractContentForm, ContractContentView, forSending, type Names, Refusal, useAreaActivities } from './ContractForm.tsx';
import '../approval/approval.css';

type Summary = {
  id: string;
  version: number;
  urbanArea: { id: string; name: string; municipalityId: string };
  interventionArea: { id: string; name: string; number: number; fundingPeriodId: string };
  workingGroup: { id: string; name: string };
  status: 'draft' | 'approved';
  currentRevision: Omit<ContractRevision, 'content'> | null;
  revisionCount: number;
};
type Finding = { rule: string; severity: 'error' | 'warning'; message: string; path: string };
type ContractDetail = Summary & { current: ContractRevision | null; draft: ContractContent | null; findings: Finding[] };

function useNames() {
  const administrations = useApi<{ items: Administration[] }>('/api/administrations?limit=500');
  const organisations = useApi<{ items: HousingOrganisation[] }>('/api/housing-organisations?limit=500');
  const names: Names | undefined =
    administrations.data && organisations.data ? { administrations: administrations.data.items, organisations: organisations.data.items } : undefined;
  return { resources: [administrations, organisations], names };
}

const asApiError = (err: unknown) => (err instanceof ApiError ? err : new ApiError({ title: String(err), status: 0 }));

export function CurrentVersionText({ c, at }: { c: Summary; at: AT }) {
  const lang = useLanguage();
  const r = c.currentRevision;
  if (!r) return <>{at('contracts.noVersions')}</>;
  return <>{at('contracts.currentText', { n: r.number, date: dateText(r.decisionDate, lang), by: at(`contracts.by.${r.adoptedBy}`), ref: r.decisionReference })}</>;
}

export function ContractsTable({ rows, at, caption }: { rows: Summary[]; at: AT; caption: string }) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(c) => c.id}
      empty={at('contracts.none')}
      columns={[
        { header: at('contracts.interventionArea'), cell: (c) => <Link to={`/kontrakter/${c.id}`}>{`${c.interventionArea.number}. ${c.interventionArea.name}`}</Link> },
        { header: at('contracts.area'), cell: (c) => c.urbanArea.name },
        { header: at('contracts.status'), cell: (c) => at(`contracts.status.${c.status}`) },
        { header: at('contracts.current'), cell: (c) => <CurrentVersionText c={c} at={at} /> },
        { header: at('contracts.versions'), cell: (c) => String(c.revisionCount), numeric: true },
      ]}
    />
  );
}

export function ContractsPage() {
  const at = useAT();
  const { may } = useSession();
  const [params, setParams] = useSearchParams();
  const areaId = params.get('byomraade') ?? '';
  const [formArea, setFormArea] = useState(areaId);
  const areas = useApi<{ items: UrbanArea[] }>('/api/urban-areas?limit=500');
  const contracts = useApi<{ items: Summary[] }>(`/api/contracts${query({ urbanAreaId: areaId || undefined, limit: 500 })}`);
  const area = areas.data?.items.find((a) => a.id === areaId);
  const mayCreate = area ? may('contract.write', { municipalityId: area.municipalityId, urbanAreaId: area.id }) : false;
  return (
    <Page title={at('contracts.title')} lead={at('contracts.lead')}>
      <form
        className="plan-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(formArea ? { byomraade: formArea } : {});
        }}
      >
        <SelectField
          id="contracts-area"
          label={at('contracts.area')}
          value={formArea || 'all'}
          onChange={(v) => setFormArea(v === 'all' ? '' : v)}
          options={[{ value: 'all', label: at('contracts.allAreas') }, ...(areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))]}
        />
        <button type="submit" className="button button-secondary">
          {at('contracts.filter')}
        </button>
      </form>
      {mayCreate && (
        <p>
          <Link to={`/kontrakter/ny?byomraade=${areaId}`} className="button button-secondary">
            {at('contracts.new')}
          </Link>
        </p>
      )}
      <Loaded resources={[contracts]}>{() => <ContractsTable rows={contracts.data!.items} at={at} caption={area ? `${at('contracts.caption')}: ${area.name}` : at('contracts.caption')} />}</Loaded>
    </Page>
  );
}

export function NewContractPage() {
  const at = useAT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { resources, names } = useNames();
  const areas = useApi<{ items: UrbanArea[] }>('/api/urban-areas?limit=500');
  const periods = useApi<{ items: FundingPeriod[] }>('/api/funding-periods?limit=100');
  const [areaId, setAreaId] = useState(params.get('byomraade') ?? '');
  const [periodId, setPeriodId] = useState('');
  const [iaId, setIaId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [content, setContent] = useState<ContractContent>(emptyContractContent);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const area = areas.data?.items.find((a) => a.id === areaId);
  const period = periodId || periods.data?.items[0]?.id || '';
  const detail = useApi<{ interventionAreas: InterventionArea[] }>(period ? `/api/funding-periods/${period}` : null);
  const groups = useApi<{ items: WorkingGroup[] }>(area?.forumId ? `/api/forums/${area.forumId}/working-groups?limit=500` : null);
  const activities = useAreaActivities(areaId || null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const created = await api.post<{ id: string }>('/api/contracts', { urbanAreaId: areaId, interventionAreaId: iaId, workingGroupId: groupId, content: forSending(content) });
      void navigate(`/kontrakter/${created.data.id}`, { state: { saved: at('contracts.created') } });
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <BackLink to={`/kontrakter${areaId ? `?byomraade=${areaId}` : ''}`} page={at('contracts.title')} />
      <Page title={at('contracts.newTitle')}>
        <Loaded resources={[...resources, areas, periods]}>
          {() => (
            <form onSubmit={(e) => void submit(e)} noValidate>
              {error && <Refusal error={error} heading={at('contracts.refused')} />}
              <SelectField id="contract-area" label={at('contracts.area')} value={areaId} onChange={setAreaId} options={areas.data!.items.map((a) => ({ value: a.id, label: a.name }))} />
              <SelectField id="contract-period" label={at('contracts.fundingPeriod')} value={period} onChange={setPeriodId} options={periods.data!.items.map((p) => ({ value: p.id, label: p.name }))} />
              <SelectField
                id="contract-interventionArea"
                label={at('contracts.interventionArea')}
                value={iaId}
                onChange={setIaId}
                options={(detail.data?.interventionAreas ?? []).filter((x) => x.municipalInterface).map((x) => ({ value: x.id, label: `${x.number}. ${x.name}` }))}
              />
              <SelectField id="contract-workingGroup" label={at('contracts.workingGroup')} value={groupId} onChange={setGroupId} options={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))} />
              {area && <ContractContentForm value={content} onChange={setContent} names={names!} municipalityId={area.municipalityId} error={error} activities={activities} />}
              <button type="submit" className="button button-primary mt-6" disabled={saving}>
                {at('contracts.create')}
              </button>
            </form>
          )}
        </Loaded>
      </Page>
    </>
  );
}

function useContract(id: string | undefined) {
  return useApi<ContractDetail>(`/api/contracts/${id}`);
}

const contractTitle = (c: Summary, at: AT) => at('contracts.contractTitle', { area: c.urbanArea.name, ia: `${c.interventionArea.number}. ${c.interventionArea.name}` });

export function ContractPage() {
  const at = useAT();
  const { id } = useParams();
  const contract = useContract(id);
  const revisions = useApi<{ items: ContractRevision[] }>(`/api/contracts/${id}/revisions`);
  const { resources, names } = useNames();
  return (
    <>
      <BackLink to="/kontrakter" page={at('contracts.title')} />
      <Loaded resources={[contract, revisions, ...resources]}>
        {() => <ContractView c={contract.data!} revisions={revisions.data!.items} names={names!} />}
      </Loaded>
    </>
  );
}

function ContractView({ c, revisions, names }: { c: ContractDetail; revisions: ContractRevision[]; names: Names }) {
  const at = useAT();
  const lang = useLanguage();
  const navigate = useNavigate();
  const { may } = useSession();
  const target = { municipalityId: c.urbanArea.municipalityId, urbanAreaId: c.urbanArea.id };
  const [from, setFrom] = useState(revisions.length > 1 ? String(revisions[revisions.length - 2]!.number) : '1');
  const [to, setTo] = useState(revisions.length ? String(revisions[revisions.length - 1]!.number) : '1');
  const options = revisions.map((r) => ({ value: String(r.number), label: at('revisions.versionN', { n: r.number }) }));
  const activities = useAreaActivities(c.urbanArea.id);
  return (
    <Page title={contractTitle(c, at)}>
      <dl className="facts">
        <dt>{at('contracts.status')}</dt>
        <dd>{at(`contracts.status.${c.status}`)}</dd>
        <dt>{at('contracts.workingGroup')}</dt>
        <dd>{c.workingGroup.name}</dd>
        <dt>{at('contracts.current')}</dt>
        <dd>
          <CurrentVersionText c={c} at={at} />
        </dd>
      </dl>
      <p>
        {c.status === 'draft' && may('contract.write', target) && (
          <Link to={`/kontrakter/${c.id}/rediger`} className="button button-secondary">
            {at('contracts.edit')}
          </Link>
        )}
        {c.status === 'approved' && may('contract.revise', target) && (
          <Link to={`/kontrakter/${c.id}/revision`} className="button button-secondary">
            {at('contracts.revise')}
          </Link>
        )}
      </p>
      <h2>{c.draft ? at('contracts.draftContent') : at('contracts.currentContent')}</h2>
      {c.draft ? (
        <ContractContentView content={c.draft} names={names} activities={activities} />
      ) : (
        c.current && <ContractContentView content={c.current.content} names={names} activities={activities} />
      )}
      <h2>{at('contracts.findings')}</h2>
      {c.findings.length === 0 ? (
        <p>{at('contracts.noFindings')}</p>
      ) : (
        <ul className="finding-list">
          {c.findings.map((f, i) => (
            <li key={i} data-rule={f.rule}>
              <strong>{f.rule}</strong> ({f.severity === 'error' ? at('contracts.error') : at('contracts.warning')}): {f.message}
            </li>
          ))}
        </ul>
      )}
      <h2>{at('contracts.history')}</h2>
      <DataTable
        caption={at('contracts.historyCaption')}
        captionHidden
        rows={revisions}
        rowKey={(r) => r.id}
        empty={at('contracts.noVersions')}
        columns={[
          { header: at('revisions.number'), cell: (r) => at('revisions.versionN', { n: r.number }) },
          { header: at('contracts.adoptedBy'), cell: (r) => at(`contracts.by.${r.adoptedBy}`) },
          { header: at('approval.date'), cell: (r) => dateText(r.decisionDate, lang) },
          { header: at('approval.referenceShort'), cell: (r) => r.decisionReference },
          { header: at('contracts.status'), cell: (r) => (r.superseded ? at('contracts.superseded') : at('contracts.inForce')) },
        ]}
      />
      {revisions.length > 1 && (
        <form
          className="compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            void navigate(`/kontrakter/${c.id}/sammenlign?fra=${from}&til=${to}`);
          }}
        >
          <h3>{at('revisions.compare')}</h3>
          <div className="compare-form-fields">
            <SelectField id="contract-compare-from" label={at('revisions.from')} value={from} onChange={setFrom} options={options} />
            <SelectField id="contract-compare-to" label={at('revisions.to')} value={to} onChange={setTo} options={options} />
          </div>
          <button type="submit" className="button button-secondary">
            {at('revisions.showCompare')}
          </button>
        </form>
      )}
    </Page>
  );
}

export function EditContractPage() {
  const at = useAT();
  const { id } = useParams();
  const contract = useContract(id);
  const { resources, names } = useNames();
  return (
    <>
      <BackLink to={`/kontrakter/${id}`} page={at('contracts.title')} />
      <Loaded resources={[contract, ...resources]}>{() => <ContentEditor mode="edit" c={contract.data!} version={contract.version} names={names!} />}</Loaded>
    </>
  );
}

export function ReviseContractPage() {
  const at = useAT();
  const { id } = useParams();
  const contract = useContract(id);
  const { resources, names } = useNames();
  return (
    <>
      <BackLink to={`/kontrakter/${id}`} page={at('contracts.title')} />
      <Loaded resources={[contract, ...resources]}>{() => <ContentEditor mode="revise" c={contract.data!} version={contract.version} names={names!} />}</Loaded>
    </>
  );
}

function ContentEditor({ mode, c, version, names }: { mode: 'edit' | 'revise'; c: ContractDetail; version: number | null; names: Names }) {
  const at = useAT();
  const navigate = useNavigate();
  const [content, setContent] = useState<ContractContent>(() => c.draft ?? c.current?.content ?? emptyContractContent());
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
        await request('PATCH', `/api/contracts/${c.id}`, { body: { content: forSending(content) }, version: version ?? c.version });
        void navigate(`/kontrakter/${c.id}`, { state: { saved: at('contracts.saved') } });
      } else {
        const r = await request<ContractRevision>('POST', `/api/contracts/${c.id}/revisions`, {
          body: { decisionDate, decisionReference: reference.trim(), content: forSending(content) },
          version: version ?? c.version,
        });
        void navigate(`/kontrakter/${c.id}`, { state: { saved: at('contracts.revised', { n: r.data.number }) } });
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
    <Page title={`${mode === 'edit' ? at('contracts.editTitle') : at('contracts.reviseTitle')}: ${contractTitle(c, at)}`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {error && <Refusal error={error} heading={at('contracts.refused')} />}
        {mode === 'revise' && (
          <>
            <DateField id="contract-decisionDate" label={at('contracts.decisionDate')} value={decisionDate} onChange={setDecisionDate} error={err('decisionDate')} />
            <TextField id="contract-decisionReference" label={at('contracts.decisionReference')} value={reference} onChange={setReference} error={err('decisionReference')} />
          </>
        )}
        <ContractContentForm value={content} onChange={setContent} names={names} municipalityId={c.urbanArea.municipalityId} error={error} activities={activities} />
        <button type="submit" className="button button-primary mt-6" disabled={saving}>
          {mode === 'edit' ? at('contracts.save') : at('contracts.reviseSave')}
        </button>
      </form>
    </Page>
  );
}

type FieldComparison = { field: string; label: string; changed: boolean; from: unknown; to: unknown; items?: { key: string; change: 'added' | 'removed' | 'changed' | 'unchanged'; from: unknown; to: unknown; changedFields: string[] }[] };
type Comparison = { contractId: string; from: ContractRevision; to: ContractRevision; changed: boolean; fields: FieldComparison[] };

export function ContractComparePage() {
  const at = useAT();
  const { id } = useParams();
  const [params] = useSearchParams();
  const comparison = useApi<Comparison>(`/api/contracts/${id}/revisions/compare${query({ from: params.get('fra') ?? '1', to: params.get('til') ?? '2' })}`);
  return (
    <>
      <BackLink to={`/kontrakter/${id}`} page={at('contracts.title')} />
      <Loaded resources={[comparison]}>{() => <ContractCompareView c={comparison.data!} at={at} />}</Loaded>
    </>
  );
}

function ContractCompareView({ c, at }: { c: Comparison; at: AT }) {
  const fromLabel = at('revisions.versionN', { n: c.from.number });
  const toLabel = at('revisions.versionN', { n: c.to.number });
  return (
    <Page title={at('contracts.compareTitle', { from: c.from.number, to: c.to.number })}>
      <p>{c.changed ? at('compare.legend') : at('compare.unchanged')}</p>
      {c.fields.map((f) =>
        f.items ? (
          <section key={f.field}>
            <h2>
              {f.label} (<ChangeMarker change={f.changed ? 'changed' : 'unchanged'} at={at} />)
            </h2>
            <DiffTable
              caption={f.label}
              fromLabel={fromLabel}
              toLabel={toLabel}
              at={at}
              rows={f.items.map((i) => ({ key: i.key, label: i.key, from: i.change === 'added' ? '–' : valueText(i.from), to: i.change === 'removed' ? '–' : valueText(i.to), change: i.change }))}
            />
          </section>
        ) : null,
      )}
      <h2>{at('contracts.fieldsCaption')}</h2>
      <DiffTable
        caption={at('contracts.fieldsCaption')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        at={at}
        rows={c.fields.filter((f) => !f.items).map((f) => ({ key: f.field, label: f.label, from: valueText(f.from), to: valueText(f.to), change: f.changed ? 'changed' : 'unchanged' }))}
      />
    </Page>
  );
}
