/** One contract (`/kontrakter/:id`): status, content, rule report, versions and their comparison. */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Contract, ContractRevision } from '../../../domain/schemas/contracts.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField } from '../../components/Fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { dateText } from '../../components/format.ts';
import { commonTexts } from '../../components/texts.ts';
import { useLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { approvalTexts } from '../approval/texts.ts';
import { ContractContentView, type Names, useAreaActivities } from './ContractForm.tsx';
import { CurrentVersionText } from './ContractsTable.tsx';
import { contractTitle, useContract, useNames } from './contract-data.ts';
import { contractTexts } from './texts.ts';

export function ContractPage() {
  const t = useTexts(commonTexts, contractTexts, approvalTexts);
  const { id } = useParams();
  const contract = useContract(id!);
  const revisions = useGet(apiPath('/api/contracts/{id}/revisions', { id: id! }));
  const { resources, names } = useNames();
  return (
    <>
      <BackLink to="/kontrakter" page={t('contracts.title')} />
      <Loaded resources={[contract, revisions, ...resources]}>
        {() => <ContractView c={contract.data!} revisions={revisions.data!.items} names={names!} />}
      </Loaded>
    </>
  );
}

function ContractView({ c, revisions, names }: { c: Contract; revisions: ContractRevision[]; names: Names }) {
  const t = useTexts(commonTexts, contractTexts, approvalTexts);
  const lang = useLanguage();
  const navigate = useNavigate();
  const { may } = useSession();
  const target = { municipalityId: c.urbanArea.municipalityId, urbanAreaId: c.urbanArea.id };
  const [from, setFrom] = useState(revisions.length > 1 ? String(revisions[revisions.length - 2]!.number) : '1');
  const [to, setTo] = useState(revisions.length ? String(revisions[revisions.length - 1]!.number) : '1');
  const options = revisions.map((r) => ({ value: String(r.number), label: t('revisions.versionN', { n: r.number }) }));
  const activities = useAreaActivities(c.urbanArea.id);
  return (
    <Page title={contractTitle(c, t)}>
      <dl className="facts">
        <dt>{t('contracts.status')}</dt>
        <dd>{t(`contracts.status.${c.status}`)}</dd>
        <dt>{t('contracts.workingGroup')}</dt>
        <dd>{c.workingGroup.name}</dd>
        <dt>{t('contracts.current')}</dt>
        <dd>
          <CurrentVersionText c={c} />
        </dd>
      </dl>
      <p>
        {c.status === 'draft' && may('contract.write', target) && (
          <Link to={`/kontrakter/${c.id}/rediger`} className="button button-secondary">
            {t('contracts.edit')}
          </Link>
        )}
        {c.status === 'approved' && may('contract.revise', target) && (
          <Link to={`/kontrakter/${c.id}/revision`} className="button button-secondary">
            {t('contracts.revise')}
          </Link>
        )}
      </p>
      <h2>{c.draft ? t('contracts.draftContent') : t('contracts.currentContent')}</h2>
      {c.draft ? (
        <ContractContentView content={c.draft} names={names} activities={activities} />
      ) : (
        c.current && <ContractContentView content={c.current.content} names={names} activities={activities} />
      )}
      <h2>{t('contracts.findings')}</h2>
      {c.findings.length === 0 ? (
        <p>{t('contracts.noFindings')}</p>
      ) : (
        <ul className="finding-list">
          {c.findings.map((f, i) => (
            <li key={i} data-rule={f.rule}>
              <strong>{f.rule}</strong> ({f.severity === 'error' ? t('contracts.error') : t('contracts.warning')}): {f.message}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('contracts.history')}</h2>
      <DataTable
        caption={t('contracts.historyCaption')}
        captionHidden
        rows={revisions}
        rowKey={(r) => r.id}
        empty={t('contracts.noVersions')}
        columns={[
          { header: t('revisions.number'), cell: (r) => t('revisions.versionN', { n: r.number }) },
          { header: t('contracts.adoptedBy'), cell: (r) => t(`contracts.by.${r.adoptedBy}`) },
          { header: t('approval.date'), cell: (r) => dateText(r.decisionDate, lang) },
          { header: t('approval.referenceShort'), cell: (r) => r.decisionReference },
          { header: t('contracts.status'), cell: (r) => (r.superseded ? t('contracts.superseded') : t('contracts.inForce')) },
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
          <h3>{t('revisions.compare')}</h3>
          <div className="compare-form-fields">
            <SelectField id="contract-compare-from" label={t('revisions.from')} value={from} onChange={setFrom} options={options} />
            <SelectField id="contract-compare-to" label={t('revisions.to')} value={to} onChange={setTo} options={options} />
          </div>
          <button type="submit" className="button button-secondary">
            {t('revisions.showCompare')}
          </button>
        </form>
      )}
    </Page>
  );
}
