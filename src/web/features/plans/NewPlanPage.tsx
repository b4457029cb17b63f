/**
 * A new draft plan (`/planer/ny`): name, urban area, funding period, lead applicant, period (4
 * years proposed from the start date), estates (several organisations possible), the committees
 * that must approve it, the area's challenges and the cooperation with the municipality.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { addYears, dayBefore } from '../../../domain/plans.ts';
import type { Plan, PlanInput } from '../../../domain/schemas/plans.ts';
import type { Administration, Committee, FundingPeriod, HousingOrganisation, UrbanArea } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { entry, useGet, write } from '../../cache.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField } from '../../components/Fields.tsx';
import { ErrorSummary, FormButtons, invalid, useEditForm } from '../../components/Form.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { planPath, useMayCreatePlan } from './plan-access.ts';
import { planTexts } from './texts.ts';
import './plans.css';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function NewPlanPage() {
  const t = useTexts(commonTexts, planTexts);
  const mayCreate = useMayCreatePlan();
  const areas = useGet(apiPath('/api/urban-areas', { limit: 500 }));
  const periods = useGet(apiPath('/api/funding-periods', { limit: 500 }));
  const orgs = useGet(apiPath('/api/housing-organisations', { limit: 500 }));
  const committees = useGet(apiPath('/api/committees', { limit: 500 }));
  const administrations = useGet(apiPath('/api/administrations', { limit: 500 }));
  return (
    <>
      <BackLink to="/planer" page={t('plans.title')} />
      {!mayCreate ? (
        <Page title={t('plans.newTitle')}>
          <Alert variant="error">{t('common.forbidden')}</Alert>
        </Page>
      ) : (
        <Loaded resources={[areas, periods, orgs, committees, administrations]}>
          {() => (
            <NewPlanForm
              areas={areas.data!.items}
              periods={periods.data!.items}
              orgs={orgs.data!.items}
              committees={committees.data!.items}
              administrations={administrations.data!.items}
            />
          )}
        </Loaded>
      )}
    </>
  );
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');

function NewPlanForm({
  areas,
  periods,
  orgs,
  committees,
  administrations,
}: {
  areas: UrbanArea[];
  periods: FundingPeriod[];
  orgs: HousingOrganisation[];
  committees: Committee[];
  administrations: Administration[];
}) {
  const t = useTexts(commonTexts, planTexts);
  const navigate = useNavigate();
  const { me } = useSession();
  const ownOrganisation = me?.role === 'housing_staff' ? me.scope.housingOrganisationId : null;
  const [name, setName] = useState('');
  const [urbanAreaId, setUrbanAreaId] = useState('');
  const [fundingPeriodId, setFundingPeriodId] = useState(periods.length === 1 ? periods[0]!.id : '');
  const [housingOrganisationId, setLead] = useState(ownOrganisation ?? '');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [endTouched, setEndTouched] = useState(false);
  const [estateIds, setEstateIds] = useState<string[]>([]);
  const [committeeIds, setCommitteeIds] = useState<string[]>([]);
  const [challenges, setChallenges] = useState('');
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [agreementDate, setAgreementDate] = useState('');
  const [reference, setReference] = useState('');
  const estates = useGet(urbanAreaId ? apiPath('/api/estates', { urbanAreaId, limit: 500 }) : null);

  const labels: Record<string, string> = {
    name: t('plans.planName'),
    urbanAreaId: t('plans.urbanArea'),
    fundingPeriodId: t('plans.fundingPeriod'),
    housingOrganisationId: t('plans.lead'),
    startDate: t('plans.startDate'),
    endDate: t('plans.endDate'),
    estateIds: t('plans.estates'),
    committeeIds: t('plans.committees'),
    challenges: t('plans.challenges'),
    'cooperation.administrationIds': t('plans.partners'),
    'cooperation.agreementDate': t('plans.agreementDate'),
    'cooperation.reference': t('plans.reference'),
    cooperation: t('plans.cooperation'),
  };
  const form = useEditForm('new-plan', Object.keys(labels), labels);

  const onStart = (value: string) => {
    setStartDate(value);
    // 4 years proposed: from 1 January 2013 to 31 December 2016.
    if (!endTouched && isoDate.test(value)) setEndDate(dayBefore(addYears(value, 4)));
  };

  const save = async () => {
    const missing: { path: string; message: string; rule: string }[] = [];
    const need = (field: string, value: string, choose = false) => {
      if (value.trim() === '') {
        const label = labels[field]!.toLocaleLowerCase();
        missing.push({ path: `body.${field}`, rule: 'SCHEMA', message: choose ? t('form.choose', { label }) : t('common.fillIn', { label }) });
      }
    };
    need('name', name);
    need('urbanAreaId', urbanAreaId, true);
    need('fundingPeriodId', fundingPeriodId, true);
    need('housingOrganisationId', housingOrganisationId, true);
    need('startDate', startDate);
    need('endDate', endDate);
    if (missing.length > 0) throw invalid(missing);
    const input: Omit<PlanInput, 'provenance'> = {
      name,
      urbanAreaId,
      fundingPeriodId,
      housingOrganisationId,
      startDate,
      endDate,
      estateIds,
      committeeIds,
      challenges,
      cooperation: { administrationIds: partnerIds, agreementDate: agreementDate || null, reference: reference.trim() || null },
    };
    const created = await write<Plan>('POST', '/api/plans', { body: input, cache: (r) => [entry(planPath(r.data.id), r)] });
    void navigate(`/planer/${created.data.id}`, { state: { saved: t('plans.created', { name: created.data.name }) } });
  };

  const leadName = orgs.find((o) => o.id === ownOrganisation)?.name;
  const orgName = (id: string) => orgs.find((o) => o.id === id)?.name ?? '';

  return (
    <Page title={t('plans.newTitle')} lead={t('plans.newLead')}>
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
        <TextField id={form.fieldId('name')} label={labels.name!} value={name} onChange={setName} error={form.fieldErrors.name} required />
        <SelectField
          id={form.fieldId('urbanAreaId')}
          label={labels.urbanAreaId!}
          value={urbanAreaId}
          onChange={(v) => {
            setUrbanAreaId(v);
            setEstateIds([]);
          }}
          error={form.fieldErrors.urbanAreaId}
          options={[...areas].sort(byName).map((a) => ({ value: a.id, label: a.vulnerable ? `${a.name} (${t('plans.vulnerable').toLocaleLowerCase()})` : a.name }))}
        />
        <SelectField
          id={form.fieldId('fundingPeriodId')}
          label={labels.fundingPeriodId!}
          value={fundingPeriodId}
          onChange={setFundingPeriodId}
          error={form.fieldErrors.fundingPeriodId}
          options={periods.map((p) => ({ value: p.id, label: p.name }))}
        />
        {ownOrganisation ? (
          <div className="form-group">
            <p className="form-label" id={form.fieldId('housingOrganisationId')}>
              {labels.housingOrganisationId}
            </p>
            <p>{leadName}</p>
          </div>
        ) : (
          <SelectField
            id={form.fieldId('housingOrganisationId')}
            label={labels.housingOrganisationId!}
            value={housingOrganisationId}
            onChange={setLead}
            error={form.fieldErrors.housingOrganisationId}
            options={[...orgs].sort(byName).map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
        <DateField id={form.fieldId('startDate')} label={labels.startDate!} value={startDate} onChange={onStart} error={form.fieldErrors.startDate} />
        <DateField
          id={form.fieldId('endDate')}
          label={labels.endDate!}
          value={endDate}
          onChange={(v) => {
            setEndTouched(true);
            setEndDate(v);
          }}
          error={form.fieldErrors.endDate}
          hint={t('plans.endDateHint')}
        />
        <CheckboxGroup
          id={form.fieldId('estateIds')}
          legend={labels.estateIds!}
          hint={t('plans.estatesHint')}
          error={form.fieldErrors.estateIds}
          selected={estateIds}
          onChange={setEstateIds}
          empty={urbanAreaId ? (estates.loading ? t('app.loading') : t('plans.noEstates')) : t('plans.estatesChooseArea')}
          options={[...(estates.data?.items ?? [])].sort(byName).map((e) => ({ value: e.id, label: `${e.name} (${orgName(e.housingOrganisationId) || e.housingOrganisationName})` }))}
        />
        <CheckboxGroup
          id={form.fieldId('committeeIds')}
          legend={labels.committeeIds!}
          error={form.fieldErrors.committeeIds}
          selected={committeeIds}
          onChange={setCommitteeIds}
          options={committees.filter((c) => c.kind === 'committee').map((c) => ({ value: c.id, label: `${c.name} (${c.abbreviation})` }))}
        />
        <TextArea id={form.fieldId('challenges')} label={labels.challenges!} value={challenges} onChange={setChallenges} error={form.fieldErrors.challenges} optional />
        <fieldset className="mt-6">
          <legend className="h3">{t('plans.cooperation')}</legend>
          <p className="form-hint">{t('plans.cooperationHint')}</p>
          <CheckboxGroup
            id={form.fieldId('cooperation.administrationIds')}
            legend={labels['cooperation.administrationIds']!}
            error={form.fieldErrors['cooperation.administrationIds'] ?? form.fieldErrors.cooperation}
            selected={partnerIds}
            onChange={setPartnerIds}
            options={[...administrations].sort(byName).map((a) => ({ value: a.id, label: `${a.name} (${a.abbreviation})` }))}
          />
          <DateField
            id={form.fieldId('cooperation.agreementDate')}
            label={labels['cooperation.agreementDate']!}
            value={agreementDate}
            onChange={setAgreementDate}
            error={form.fieldErrors['cooperation.agreementDate']}
            optional
          />
          <TextField
            id={form.fieldId('cooperation.reference')}
            label={labels['cooperation.reference']!}
            value={reference}
            onChange={setReference}
            error={form.fieldErrors['cooperation.reference']}
            required={false}
          />
        </fieldset>
        <FormButtons saving={form.saving} label={t('plans.create')} cancelTo="/planer" />
      </form>
    </Page>
  );
}
