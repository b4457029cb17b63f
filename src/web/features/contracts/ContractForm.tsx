/**
 * The content of a cooperation contract as a form (parties, purpose and goals, division of tasks,
 * what the 10.6 % municipal part pays for, contact persons with name and role only, validity and the
 * revision clause), its read-only view, and the inline report of a refusal with its rule ids.
 * Covered activities are kept as they are (shown, not edited here).
 */
import type { ReactNode } from 'react';
import { municipalPartKinds } from '../../../domain/contracts.ts';
import type { ContractContent } from '../../../domain/schemas/contracts.ts';
import type { Administration, HousingOrganisation } from '../../../domain/schemas/registry.ts';
import { type ApiError, apiPath } from '../../api.ts';
import { useGet, useGetEach } from '../../cache.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField, kronerInput } from '../../components/Fields.tsx';
import { dateText, kroner } from '../../components/format.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { type ContractDraft, type MunicipalPartDraft, blankMunicipalPart } from './contract-draft.ts';
import { contractTexts } from './texts.ts';

export type Names = { administrations: Administration[]; organisations: HousingOrganisation[] };

export type ActivityOption = { id: string; label: string };

/**
 * The activities of the urban area's plans (those the user may read), labelled with their plan;
 * none until every plan is read (or when one cannot be).
 */
export function useAreaActivities(urbanAreaId: string | null | undefined): ActivityOption[] {
  const list = useGet(urbanAreaId ? apiPath('/api/plans', { urbanAreaId, limit: 500 }) : null);
  const plans = useGetEach((list.data?.items ?? []).map((p) => apiPath('/api/plans/{id}', { id: p.id })));
  if (!list.data || plans.some((p) => !p.data)) return [];
  return plans.flatMap(({ data: p }) => p!.activities.map((a) => ({ id: a.id, label: `${p!.name}: ${a.name}` })));
}

/** A refusal (CON-*, REFERENCE, SCHEMA) with each rule id, shown where the form is. */
export function Refusal({ error, heading }: { error: ApiError; heading: string }) {
  return (
    <Alert variant="error" heading={heading} id="contract-refusal">
      {error.violations.length > 0 ? (
        <ul className="alert-text nobullet-list">
          {error.violations.map((v, i) => (
            <li key={i} data-rule={v.rule}>
              <strong>{v.rule}</strong>: {v.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="alert-text">{error.detail || error.title}</p>
      )}
    </Alert>
  );
}

/** Inline error of a content field from the refusal's violations (`body.content.purpose…`). */
export function fieldError(error: ApiError | null, field: string): string | undefined {
  const v = error?.violations.find((x) => x.path === `body.content.${field}` || x.path.startsWith(`body.content.${field}.`) || x.path === `content.${field}` || x.path.startsWith(`content.${field}.`));
  return v ? `${v.rule}: ${v.message}` : undefined;
}

function Rows<T>({
  legend,
  rows,
  onChange,
  blank,
  addLabel,
  render,
  error,
}: {
  legend: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: T;
  addLabel: string;
  render: (row: T, i: number, set: (row: T) => void) => ReactNode;
  error?: string | undefined;
}) {
  const t = useTexts(contractTexts);
  return (
    <fieldset className={`form-group contract-rows${error ? ' form-error' : ''}`}>
      <legend className="form-label">{legend}</legend>
      {error && <span className="form-error-message">{error}</span>}
      {rows.length === 0 && <p>{t('contracts.none2')}</p>}
      {rows.map((row, i) => (
        <div key={i} className="contract-row" role="group" aria-label={`${legend}: ${t('contracts.rowN', { n: i + 1 })}`}>
          {render(row, i, (r) => onChange(rows.map((x, j) => (j === i ? r : x))))}
          <button type="button" className="button button-tertiary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t('contracts.removeN', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary mt-3" onClick={() => onChange([...rows, blank])}>
        {addLabel}
      </button>
    </fieldset>
  );
}

export function ContractContentForm({
  value,
  onChange,
  names,
  municipalityId,
  error,
  activities,
}: {
  value: ContractDraft;
  onChange: (c: ContractDraft) => void;
  names: Names;
  municipalityId: string;
  error: ApiError | null;
  activities: ActivityOption[];
}) {
  const t = useTexts(contractTexts);
  const set = <K extends keyof ContractDraft>(k: K, v: ContractDraft[K]) => onChange({ ...value, [k]: v });
  const admins = names.administrations.filter((a) => a.municipalityId === municipalityId);
  const partyOptions = [
    ...value.parties.administrationIds.map((id) => ({ value: `administration:${id}`, label: admins.find((a) => a.id === id)?.name ?? id })),
    ...value.parties.housingOrganisationIds.map((id) => ({ value: `housing_organisation:${id}`, label: names.organisations.find((o) => o.id === id)?.name ?? id })),
  ];
  return (
    <>
      <h2>{t('contracts.parties')}</h2>
      <CheckboxGroup
        id="contract-administrations"
        legend={t('contracts.administrations')}
        options={admins.map((a) => ({ value: a.id, label: a.name }))}
        selected={value.parties.administrationIds}
        onChange={(ids) => set('parties', { ...value.parties, administrationIds: ids })}
        error={fieldError(error, 'parties.administrationIds')}
      />
      <CheckboxGroup
        id="contract-organisations"
        legend={t('contracts.housingOrganisations')}
        options={names.organisations.map((o) => ({ value: o.id, label: o.name }))}
        selected={value.parties.housingOrganisationIds}
        onChange={(ids) => set('parties', { ...value.parties, housingOrganisationIds: ids })}
        error={fieldError(error, 'parties.housingOrganisationIds')}
      />
      <TextArea id="contract-purpose" label={t('contracts.purpose')} value={value.purpose} onChange={(v) => set('purpose', v)} error={fieldError(error, 'purpose')} />
      <TextArea
        id="contract-goals"
        label={t('contracts.goals')}
        value={value.goals.join('\n')}
        onChange={(v) => set('goals', v.split('\n'))}
        error={fieldError(error, 'goals')}
      />
      <CheckboxGroup
        id="contract-activities"
        legend={t('contracts.activities')}
        options={activities.map((a) => ({ value: a.id, label: a.label }))}
        selected={value.activities.map((a) => a.activityId)}
        onChange={(ids) =>
          set(
            'activities',
            ids.map((id) => value.activities.find((a) => a.activityId === id) ?? { activityId: id, note: '' }),
          )
        }
        error={fieldError(error, 'activities')}
        empty={t('contracts.noActivities')}
      />
      <Rows<ContractContent['tasks'][number]>
        legend={t('contracts.tasks')}
        rows={value.tasks}
        onChange={(rows) => set('tasks', rows)}
        blank={{ party: { kind: 'administration', id: '' }, task: '' }}
        addLabel={t('contracts.addTask')}
        error={fieldError(error, 'tasks')}
        render={(row, i, put) => (
          <>
            <SelectField
              id={`contract-task-${i}-party`}
              label={t('contracts.party')}
              value={row.party.id ? `${row.party.kind}:${row.party.id}` : ''}
              onChange={(v) => {
                const [kind, id] = v.split(':') as ['administration' | 'housing_organisation', string];
                put({ ...row, party: { kind, id } });
              }}
              options={partyOptions}
            />
            <TextField id={`contract-task-${i}-task`} label={t('contracts.task')} value={row.task} onChange={(v) => put({ ...row, task: v })} />
          </>
        )}
      />
      <Rows<MunicipalPartDraft>
        legend={t('contracts.municipalPart')}
        rows={value.municipalPart}
        onChange={(rows) => set('municipalPart', rows)}
        blank={blankMunicipalPart()}
        addLabel={t('contracts.addMunicipalPart')}
        error={fieldError(error, 'municipalPart')}
        render={(row, i, put) => (
          <>
            <SelectField
              id={`contract-mp-${i}-kind`}
              label={t('contracts.mpKind')}
              value={row.kind}
              onChange={(v) => put({ ...row, kind: v as typeof row.kind })}
              options={municipalPartKinds.map((k) => ({ value: k, label: t(`contracts.mpKind.${k}`) }))}
            />
            <TextField id={`contract-mp-${i}-description`} label={t('contracts.mpDescription')} value={row.description} onChange={(v) => put({ ...row, description: v })} />
            <SelectField
              id={`contract-mp-${i}-administration`}
              label={t('contracts.mpAdministration')}
              value={row.administrationId ?? '-'}
              onChange={(v) => put({ ...row, administrationId: v === '-' ? null : v })}
              options={[{ value: '-', label: '–' }, ...admins.map((a) => ({ value: a.id, label: a.name }))]}
            />
            <TextField
              id={`contract-mp-${i}-hours`}
              label={t('contracts.mpHours')}
              hint={t('contracts.mpBothHint')}
              inputMode="numeric"
              width="input-width-xs"
              value={row.hoursText}
              onChange={(v) => put({ ...row, hoursText: v })}
              error={fieldError(error, `municipalPart.${i}.hoursPerYear`)}
            />
            <TextField
              id={`contract-mp-${i}-amount`}
              label={t('contracts.mpAmount')}
              {...kronerInput}
              value={row.amountText}
              onChange={(v) => put({ ...row, amountText: v })}
              error={fieldError(error, `municipalPart.${i}.amountOrePerYear`)}
            />
          </>
        )}
      />
      <Rows
        legend={t('contracts.contactPersons')}
        rows={value.contactPersons}
        onChange={(rows) => set('contactPersons', rows)}
        blank={{ name: '', role: '' }}
        addLabel={t('contracts.addContact')}
        error={fieldError(error, 'contactPersons')}
        render={(row, i, put) => (
          <>
            <TextField id={`contract-contact-${i}-name`} label={t('contracts.contactName')} value={row.name} onChange={(v) => put({ ...row, name: v })} />
            <TextField id={`contract-contact-${i}-role`} label={t('contracts.contactRole')} value={row.role} onChange={(v) => put({ ...row, role: v })} />
          </>
        )}
      />
      <DateField id="contract-validFrom" label={t('contracts.validFrom')} value={value.validFrom ?? ''} onChange={(v) => set('validFrom', v || null)} error={fieldError(error, 'validFrom')} />
      <DateField id="contract-validTo" label={t('contracts.validTo')} value={value.validTo ?? ''} onChange={(v) => set('validTo', v || null)} error={fieldError(error, 'validTo')} />
      <TextArea id="contract-revisionClause" label={t('contracts.revisionClause')} value={value.revisionClause} onChange={(v) => set('revisionClause', v)} error={fieldError(error, 'revisionClause')} />
    </>
  );
}


export function ContractContentView({ content, names, activities = [] }: { content: ContractContent; names: Names; activities?: ActivityOption[] }) {
  const t = useTexts(contractTexts);
  const lang = useLanguage();
  const admin = (id: string | null) => (id ? (names.administrations.find((a) => a.id === id)?.name ?? id) : '–');
  const org = (id: string) => names.organisations.find((o) => o.id === id)?.name ?? id;
  const party = (p: { kind: string; id: string }) => (p.kind === 'administration' ? admin(p.id) : org(p.id));
  const list = (items: ReactNode[]) => (items.length ? <ul>{items.map((x, i) => <li key={i}>{x}</li>)}</ul> : '–');
  return (
    <dl className="facts">
      <dt>{t('contracts.administrations')}</dt>
      <dd>{content.parties.administrationIds.map(admin).join(', ') || '–'}</dd>
      <dt>{t('contracts.housingOrganisations')}</dt>
      <dd>{content.parties.housingOrganisationIds.map(org).join(', ') || '–'}</dd>
      <dt>{t('contracts.purpose')}</dt>
      <dd className="pre-line">{content.purpose || '–'}</dd>
      <dt>{t('contracts.goalsView')}</dt>
      <dd>{list(content.goals)}</dd>
      <dt>{t('contracts.activities')}</dt>
      <dd>{list(content.activities.map((a) => [activities.find((x) => x.id === a.activityId)?.label ?? a.activityId, a.note].filter(Boolean).join(' – ')))}</dd>
      <dt>{t('contracts.tasks')}</dt>
      <dd>{list(content.tasks.map((task) => `${party(task.party)}: ${task.task}`))}</dd>
      <dt>{t('contracts.municipalPart')}</dt>
      <dd>
        {list(
          content.municipalPart.map(
            (m) =>
              `${t(`contracts.mpKind.${m.kind}`)}: ${m.description}${m.administrationId ? ` (${admin(m.administrationId)})` : ''}` +
              (m.hoursPerYear !== null ? `, ${m.hoursPerYear} ${t('contracts.mpHours').toLocaleLowerCase()}` : '') +
              (m.amountOrePerYear !== null ? `, ${kroner(m.amountOrePerYear, lang)}` : ''),
          ),
        )}
      </dd>
      <dt>{t('contracts.contactPersons')}</dt>
      <dd>{list(content.contactPersons.map((c) => `${c.name}, ${c.role}`))}</dd>
      <dt>{t('contracts.validity')}</dt>
      <dd>
        {content.validFrom ? dateText(content.validFrom, lang) : '–'} – {content.validTo ? dateText(content.validTo, lang) : '–'}
      </dd>
      <dt>{t('contracts.revisionClause')}</dt>
      <dd className="pre-line">{content.revisionClause || '–'}</dd>
    </dl>
  );
}
