/**
 * Gathers what the City Council (Borgerrepræsentationen) decides for one urban area at a meeting:
 * the plans whose next step is the City Council, and the area's draft contracts, which are approved
 * with them (APP-CONTRACTS-WITH-PLANS), and turns them into the proposal's document model.
 */
import { can } from '../../../domain/authorization.ts';
import {
  type CityCouncilProposal,
  type ProposalContractInput,
  type ProposalPlanInput,
  cityCouncilProposal,
} from '../../../domain/documents/city-council-proposal.ts';
import { AppError, forbidden, notFound } from '../../../domain/errors.ts';
import { ruleReport } from '../../../domain/rules/report.ts';
import type { Actor } from '../../../domain/roles.ts';
import { type ContractContent, emptyContractContent } from '../../../domain/schemas/contracts.ts';
import { nextSteps, transitions } from '../../../domain/workflow.ts';
import type { Db } from '../../db/create-db.ts';
import { loadRoutes, plansInStatuses } from '../approval/queries.ts';
import { contractTarget, loadContracts } from '../contracts/queries.ts';
import { toSnapshot } from '../plans/present.ts';
import { type PlanDetails, contentParts, findPlans } from '../plans/queries.ts';
import { findAreaWithMunicipality, partyNames } from './queries.ts';

export type ProposalQuery = { urbanAreaId: string; meetingDate: string };

export const nothingWaiting = (urbanArea: string): AppError =>
  new AppError('rule_violation', {
    da: `Der er ingen planer i ${urbanArea}, som afventer Borgerrepræsentationens godkendelse; der er ikke noget at indstille`,
    en: `No plan in ${urbanArea} awaits the City Council's approval; there is nothing to propose`,
  });

function planInput(d: PlanDetails): ProposalPlanInput {
  const snapshot = toSnapshot(d);
  const report = ruleReport(snapshot);
  return {
    name: d.plan.name,
    leadOrganisation: d.plan.housingOrganisationName,
    estates: d.estates.map((e) => e.name),
    startDate: d.plan.startDate,
    endDate: d.plan.endDate,
    fundingPeriodName: d.plan.fundingPeriodName,
    challenges: d.plan.challenges,
    goals: d.goals.map((g) => ({ title: g.title, description: g.description })),
    budgetLines: snapshot.budgetLines,
    interventionAreas: d.interventionAreas,
    poolAllocations: d.allocations.map((a) => ({ poolName: a.poolName, amountOre: a.amountOre })),
    findings: [...report.errors, ...report.warnings].map((f) => ({ rule: f.rule, severity: f.severity, message: f.message.da })),
  };
}

export async function buildCityCouncilProposal(db: Db, actor: Actor, query: ProposalQuery): Promise<CityCouncilProposal> {
  const area = await findAreaWithMunicipality(db, query.urbanAreaId);
  if (!area) throw notFound({ da: 'Byområdet', en: 'The urban area' });
  if (!can(actor, 'documents.read', { municipalityId: area.municipalityId, urbanAreaId: area.id })) throw forbidden();

  // Plans whose next step is the City Council (as in the list of waiting plans).
  const statuses = [...new Set(transitions.filter((t) => t.body === 'city_council').flatMap((t) => t.from))];
  const candidates = await plansInStatuses(db, actor, statuses, area.id);
  const routes = await loadRoutes(db, candidates);
  const waiting = candidates.filter((d) => {
    const { route } = routes.get(d.plan.id)!;
    return nextSteps(route.plan, route.decisions, route.committees).some((s) => s.body === 'city_council');
  });
  if (waiting.length === 0) throw nothingWaiting(area.name);
  // The proposal shows each plan's content: read for these plans only.
  const content = await findPlans(db, waiting.map((d) => d.plan.id), { include: contentParts });
  const plans = waiting.map((d) => content.get(d.plan.id)!);

  // The area's drafts are approved with the plans (APP-CONTRACTS-WITH-PLANS).
  const contracts = (await loadContracts(db, { urbanAreaId: area.id, status: 'draft' })).filter((c) => can(actor, 'contract.read', contractTarget(c)));
  const contents = contracts.map((c): ContractContent => ({ ...emptyContractContent(), ...(c.contract.draft as Partial<ContractContent> | null) }));
  const names = await partyNames(
    db,
    [...new Set(contents.flatMap((c) => [...c.parties.administrationIds, ...c.municipalPart.flatMap((m) => (m.administrationId ? [m.administrationId] : []))]))],
    [...new Set(contents.flatMap((c) => c.parties.housingOrganisationIds))],
  );
  const partyName = (kind: 'administration' | 'housing_organisation', id: string) =>
    (kind === 'administration' ? names.administrations : names.organisations).get(id) ?? id;
  const contractInputs: ProposalContractInput[] = contracts.map((c, i) => {
    const content = contents[i]!;
    return {
      interventionArea: { number: c.contract.interventionAreaNumber, name: c.contract.interventionAreaName },
      workingGroup: c.contract.workingGroupName,
      administrations: content.parties.administrationIds.map((id) => partyName('administration', id)),
      housingOrganisations: content.parties.housingOrganisationIds.map((id) => partyName('housing_organisation', id)),
      purpose: content.purpose,
      goals: content.goals,
      tasks: content.tasks.map((t) => ({ party: partyName(t.party.kind, t.party.id), task: t.task })),
      municipalPart: content.municipalPart.map((m) => ({
        kind: m.kind,
        description: m.description,
        administration: m.administrationId ? partyName('administration', m.administrationId) : null,
        hoursPerYear: m.hoursPerYear,
        amountOrePerYear: m.amountOrePerYear,
      })),
      validFrom: content.validFrom,
      validTo: content.validTo,
      revisionClause: content.revisionClause,
    };
  });

  return cityCouncilProposal({
    meetingDate: query.meetingDate,
    urbanArea: area.name,
    municipality: area.municipalityName,
    plans: plans.map(planInput),
    contracts: contractInputs,
  });
}
