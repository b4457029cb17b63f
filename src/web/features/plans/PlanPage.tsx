/**
 * One plan (`/planer/:id`): overview, goals with success criteria (targets with their original
 * value and revisions), activities, and the rule report — the domain's `ruleReport` on the plan as
 * the API presents it (`snapshotOfPlan`), the same report GET /api/plans/:id/validation gives.
 */
import { Link, useParams } from 'react-router';
import { planStatusLabel, planYears } from '../../../domain/plans.ts';
import { snapshotOfPlan } from '../../../domain/plan-snapshot.ts';
import { ruleReport } from '../../../domain/rules/report.ts';
import type { Plan } from '../../../domain/schemas/plans.ts';
import type { Administration, Committee } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { dateText, kroner, numberText, share } from '../../components/format.ts';
import { commonTexts } from '../../components/texts.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { ApprovalPanel } from '../approval/ApprovalPanel.tsx';
import { RuleReportView } from './RuleReport.tsx';
import { usePlan } from './plan-access.ts';
import { planTexts } from './texts.ts';
import './plans.css';

export function PlanPage() {
  const t = useTexts(commonTexts, planTexts);
  const { id } = useParams();
  const { plan, editable, mayWrite } = usePlan(id);
  const committees = useGet(apiPath('/api/committees', { limit: 500 }));
  const administrations = useGet(apiPath('/api/administrations', { limit: 500 }));
  return (
    <>
      <BackLink to="/planer" page={t('plans.title')} />
      <Loaded resources={[plan, committees, administrations]}>
        {() => (
          <PlanView
            plan={plan.data!}
            editable={editable}
            mayWrite={mayWrite}
            committees={committees.data!.items}
            administrations={administrations.data!.items}
          />
        )}
      </Loaded>
      {plan.data && committees.data && administrations.data && <ApprovalPanel plan={plan.data} />}
    </>
  );
}

function PlanView({
  plan,
  editable,
  mayWrite,
  committees,
  administrations,
}: {
  plan: Plan;
  editable: boolean;
  mayWrite: boolean;
  committees: Committee[];
  administrations: Administration[];
}) {
  const t = useTexts(commonTexts, planTexts);
  const lang = useLanguage();
  const report = ruleReport(snapshotOfPlan(plan));
  const adminName = (id: string) => administrations.find((a) => a.id === id)?.name ?? id;
  const b = plan.budget;
  return (
    <Page title={plan.name}>
      <p>
        <ProvenanceTag provenance={plan.provenance} />
      </p>
      {!editable && <Alert variant="info">{mayWrite ? t('plans.notDraft') : t('plans.readOnly')}</Alert>}
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">{t('plans.overview')}</h2>
        <dl className="facts">
          <dt>{t('plans.status')}</dt>
          <dd>{planStatusLabel(plan.status, lang)}</dd>
          <dt>{t('plans.urbanArea')}</dt>
          <dd>
            <Link to={`/byomraader/${plan.urbanAreaId}`}>{plan.urbanAreaName}</Link>
            {plan.vulnerable && <> ({t('plans.vulnerable').toLocaleLowerCase()})</>}
          </dd>
          <dt>{t('plans.lead')}</dt>
          <dd>
            <Link to={`/boligorganisationer/${plan.housingOrganisationId}`}>{plan.housingOrganisationName}</Link>
          </dd>
          <dt>{t('plans.fundingPeriod')}</dt>
          <dd>{plan.fundingPeriodName}</dd>
          <dt>{t('plans.period')}</dt>
          <dd>
            {dateText(plan.startDate, lang)} – {dateText(plan.endDate, lang)}
          </dd>
          <dt>{t('plans.estatesOf')}</dt>
          <dd>{plan.estates.length ? plan.estates.map((e) => e.name).join(', ') : t('plans.noEstates')}</dd>
          <dt>{t('plans.committees')}</dt>
          <dd>
            {plan.committeeIds.length
              ? plan.committeeIds.map((c) => committees.find((x) => x.id === c)?.name ?? c).join(', ')
              : '–'}
          </dd>
          <dt>{t('plans.challenges')}</dt>
          <dd className="pre-line">{plan.challenges || '–'}</dd>
          <dt>{t('plans.cooperation')}</dt>
          <dd>
            {plan.cooperation.inPlace ? t('plans.cooperationInPlace') : t('plans.cooperationMissing')}
            {plan.cooperation.administrationIds.length > 0 && <>: {plan.cooperation.administrationIds.map(adminName).join(', ')}</>}
            {plan.cooperation.agreementDate && <>; {dateText(plan.cooperation.agreementDate, lang)}</>}
            {plan.cooperation.reference && <> ({plan.cooperation.reference})</>}
          </dd>
          <dt>{t('plans.frame')}</dt>
          <dd>{kroner(b.frameOre, lang)}</dd>
          <dt>{t('plans.municipalShare')}</dt>
          <dd>
            {kroner(b.bySource.municipal, lang)} ({share(b.shareBp.municipal, lang)})
          </dd>
          <dt>{t('plans.localShare')}</dt>
          <dd>
            {kroner(b.localOre, lang)} ({share(b.localShareBp, lang)})
          </dd>
          <dt>{t('plans.poolAllocations')}</dt>
          <dd>
            {plan.poolAllocations.length
              ? plan.poolAllocations.map((a) => `${a.poolName}: ${kroner(a.amountOre, lang)}`).join('; ')
              : t('plans.noPoolAllocations')}
          </dd>
        </dl>
        <p>
          <Link to={`/planer/${plan.id}/budget`} className="button button-secondary">
            {editable ? t('plans.editBudget') : t('plans.showBudget')}
          </Link>
          <a className="function-link ml-5" href={`/api/plans/${plan.id}/exports/budget.xlsx`} download>
            <Icon name="download" />
            {t('plans.exportXlsx')}
          </a>
        </p>
      </section>

      <RuleReportView report={report} heading={t('plans.report')} id="plan-report" />

      <section aria-labelledby="goals-heading" className="mt-8">
        <h2 id="goals-heading">{t('plans.goals')}</h2>
        {editable && (
          <p>
            <Link to={`/planer/${plan.id}/maal/ny`} className="button button-secondary">
              <Icon name="plus" />
              {t('plans.addGoal')}
            </Link>
          </p>
        )}
        {plan.goals.length === 0 && <p>{t('plans.noGoals')}</p>}
        {plan.goals.map((g) => (
          <GoalView key={g.id} plan={plan} goal={g} editable={editable} />
        ))}
      </section>

      <section aria-labelledby="activities-heading" className="mt-8">
        <h2 id="activities-heading">{t('plans.activities')}</h2>
        {editable && (
          <p>
            <Link to={`/planer/${plan.id}/aktiviteter/ny`} className="button button-secondary">
              <Icon name="plus" />
              {t('plans.addActivity')}
            </Link>
          </p>
        )}
        <DataTable
          caption={t('plans.activitiesCaption', { name: plan.name })}
          captionHidden
          rows={plan.activities}
          rowKey={(a) => a.id}
          empty={t('plans.noActivities')}
          columns={[
            { header: t('plans.activity'), cell: (a) => a.name },
            {
              header: t('plans.interventionArea'),
              cell: (a) => {
                const area = plan.interventionAreas.find((x) => x.id === a.interventionAreaId);
                return area ? `${area.number}. ${area.name}` : '–';
              },
            },
            {
              header: t('plans.goalsServed'),
              cell: (a) => a.goalIds.map((g) => plan.goals.find((x) => x.id === g)?.title ?? g).join('; ') || '–',
            },
            {
              header: t('plans.carriedOutBy'),
              cell: (a) =>
                `${t(`plans.carrier.${a.carriedOutBy}`)}${a.administrationId ? ` (${adminName(a.administrationId)})` : ''}`,
            },
          ]}
        />
      </section>
    </Page>
  );
}

function GoalView({ plan, goal, editable }: { plan: Plan; goal: Plan['goals'][number]; editable: boolean }) {
  const t = useTexts(planTexts);
  const lang = useLanguage();
  const years = planYears(plan.startDate, plan.endDate);
  const revisions = goal.criteria.flatMap((c) =>
    c.targets.flatMap((target) => target.revisions.map((r, i) => ({ key: `${c.id}-${target.year}-${i}`, criterion: c, year: target.year, r }))),
  );
  return (
    <div className="goal-block">
      <h3>{goal.title}</h3>
      {goal.description && <p className="pre-line">{goal.description}</p>}
      {goal.criteria.length === 0 ? (
        <p>{t('plans.noCriteria')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{t('plans.criteriaCaption', { goal: goal.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.criterion')}</th>
                <th scope="col">{t('plans.indicator')}</th>
                <th scope="col" className="align-text-right">
                  {t('plans.baseline')}
                </th>
                {years.map((y) => (
                  <th key={y} scope="col" className="align-text-right">
                    {t('plans.target', { year: y })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {goal.criteria.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.description}</th>
                  <td>
                    {c.indicator.name}
                    {c.indicator.unit && <> ({c.indicator.unit})</>}
                  </td>
                  <td className="align-text-right">
                    {c.indicator.baselineValue === null ? '–' : numberText(c.indicator.baselineValue, lang)}
                    {c.indicator.baselineYear !== null && <> ({c.indicator.baselineYear})</>}
                  </td>
                  {years.map((y) => {
                    const target = c.targets.find((x) => x.year === y);
                    return (
                      <td key={y} className="align-text-right">
                        {target ? numberText(target.value, lang) : '–'}
                        {target && target.revisions.length > 0 && (
                          <>
                            <br />
                            <span className="font-size-sm">{t('plans.original', { value: numberText(target.originalValue, lang) })}</span>
                          </>
                        )}
                        {editable && (
                          <>
                            <br />
                            <Link to={`/planer/${plan.id}/kriterier/${c.id}/maal/${y}`} className="font-size-sm">
                              <span aria-hidden="true">{t('plans.changeTarget', { year: '' }).trim()}</span>
                              <span className="sr-only">{t('plans.changeTargetOf', { year: y, indicator: c.indicator.name })}</span>
                            </Link>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revisions.length > 0 && (
        <>
          <h4>{t('plans.revisions')}</h4>
          <ul className="target-list">
            {revisions.map(({ key, criterion, year, r }) => (
              <li key={key}>
                {criterion.indicator.name}, {t('plans.revision', {
                  year,
                  from: numberText(r.fromValue, lang),
                  to: numberText(r.toValue, lang),
                  when: dateText(r.changedAt, lang),
                  who: r.changedByName ?? t('plans.system'),
                  reason: r.reason,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {editable && (
        <p>
          <Link to={`/planer/${plan.id}/maal/${goal.id}/kriterier/ny`} className="function-link">
            <Icon name="plus" />
            {t('plans.addCriterion')}
            <span className="sr-only">: {goal.title}</span>
          </Link>
        </p>
      )}
    </div>
  );
}
