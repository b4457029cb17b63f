/**
 * Cooperation contracts of the synthetic Denmark. In a vulnerable urban area with plans made in
 * cooperation, each funding period gets one to five contracts (CON-MUNICIPAL-INTERFACE: only
 * intervention areas with a municipal interface, at most the period's cap; CON-PER-AREA: one per
 * intervention area; CON-IN-FORCE: no more than the cap in force on any day, across periods),
 * each drafted by a working group of the area's forum with the parties of the area's live plans
 * (CON-PARTIES). As APP-CONTRACTS-WITH-PLANS does, the first City Council
 * approval of a plan in the area after a contract was drafted adopts it as revision 1; some are
 * revised by the forum later. Pure.
 */
import { type Validity, mostInForce } from '../../../domain/rules/contracts.ts';
import type { ContractContent } from '../../../domain/schemas/contracts.ts';
import { contractTasks, syntheticNote } from './catalogue.ts';
import { type PlanBundle, addDays, stamp } from './plans.ts';
import { random, syntheticId } from './random.ts';
import { type DecisionRow, syntheticToday } from './routes.ts';
import { type Registry, synthetic } from './registry.ts';

export type WorkingGroupRow = { id: string; forumId: string; name: string; purpose: string; provenance: typeof synthetic };
export type ContractRow = {
  id: string;
  urbanAreaId: string;
  interventionAreaId: string;
  workingGroupId: string;
  status: 'draft' | 'approved';
  draft: ContractContent | null;
  createdBy: null;
  version: number;
  createdAt: string;
  updatedAt: string;
};
export type ContractRevisionRow = {
  id: string;
  contractId: string;
  number: number;
  content: ContractContent;
  adoptedBy: 'city_council' | 'forum';
  decisionDate: string;
  decisionReference: string;
  decisionId: string | null;
  createdBy: null;
  createdAt: string;
};

export type DecisionContractRow = { decisionId: string; contractId: string };

const live = (b: PlanBundle) => b.plan.status !== 'refused' && b.plan.status !== 'withdrawn';
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

export function generateContracts(
  seed: number,
  bundles: PlanBundle[],
  decisions: DecisionRow[],
  registry: Registry,
): { workingGroups: WorkingGroupRow[]; contracts: ContractRow[]; decisionContracts: DecisionContractRow[]; revisions: ContractRevisionRow[] } {
  const r = random(seed, 'contracts');
  const id = (kind: string, n: string) => syntheticId(seed, kind, n);
  const forumOf = new Map(registry.forums.map((f) => [f.urbanAreaId, f.id]));
  const planArea = new Map(bundles.map((b) => [b.plan.id, b.plan.urbanAreaId]));
  // Every City Council approval per urban area, in the order they were entered.
  const councils = new Map<string, DecisionRow[]>();
  for (const d of decisions) {
    if (d.step !== 'city_council' || d.outcome !== 'approved') continue;
    const area = planArea.get(d.planId)!;
    councils.set(area, [...(councils.get(area) ?? []), d]);
  }
  for (const list of councils.values()) list.sort((a, b) => (a.enteredAt < b.enteredAt ? -1 : 1));

  // The area's live plans made in cooperation, per funding period.
  const groups = new Map<string, PlanBundle[]>();
  for (const b of bundles) {
    if (!b.area.vulnerable || !live(b) || b.partnerAdministrationIds.length === 0) continue;
    const key = `${b.area.id}|${b.period.name}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  const ownersOf = new Map<string, string[]>();
  for (const b of bundles) {
    if (!live(b)) continue;
    ownersOf.set(b.area.id, unique([...(ownersOf.get(b.area.id) ?? []), b.plan.housingOrganisationId, ...b.estates.map((e) => e.housingOrganisationId)]));
  }

  const workingGroups: WorkingGroupRow[] = [];
  const contracts: ContractRow[] = [];
  const revisions: ContractRevisionRow[] = [];
  // CON-IN-FORCE: the validity of the contracts made so far in each area, across periods.
  const inForce = new Map<string, Validity[]>();
  const decisionContracts: DecisionContractRow[] = [];
  for (const [key, plans] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { area, period } = plans[0]!;
    const candidates = period.areas.filter((a) => a.municipalInterface);
    const inFocus = new Set(plans.flatMap((b) => b.focus.map((f) => f.id)));
    const ordered = [...candidates.filter((a) => inFocus.has(a.id)), ...candidates.filter((a) => !inFocus.has(a.id))];
    const validity = { validFrom: plans.map((b) => b.plan.startDate).sort()[0]!, validTo: plans.map((b) => b.plan.endDate).sort().at(-1)! };
    const earlier = inForce.get(area.id) ?? [];
    const room = period.rules.maxContractsPerUrbanArea - mostInForce(validity, earlier).count;
    const n = Math.min(r.int(1, Math.min(period.rules.maxContractsPerUrbanArea, ordered.length)), room);
    if (n <= 0) continue;
    inForce.set(area.id, [...earlier, ...Array.from({ length: n }, () => validity)]);
    const drafted = plans.map((b) => b.plan.cooperationAgreementDate!).sort()[0]!;
    const createdAt = stamp(drafted, 3_600 + contracts.length);
    const administrationIds = unique(plans.flatMap((b) => b.partnerAdministrationIds));
    const housingOrganisationIds = r.sample(ownersOf.get(area.id)!, r.int(1, 3));
    const approval = (councils.get(area.id) ?? []).find((d) => d.enteredAt > createdAt);

    for (const ia of ordered.slice(0, n)) {
      const contractKey = `${key}|${ia.number}`;
      const group: WorkingGroupRow = {
        id: id('working_group', contractKey),
        forumId: forumOf.get(area.id)!,
        name: `Syntetisk arbejdsgruppe: ${ia.name}`,
        purpose: 'Syntetiske data: udarbejder samarbejdskontrakten for indsatsområdet.',
        provenance: synthetic,
      };
      workingGroups.push(group);
      const content: ContractContent = {
        parties: { administrationIds, housingOrganisationIds },
        purpose: syntheticNote,
        goals: [`Syntetisk: fælles mål for ${ia.name.toLowerCase()}`],
        activities: plans.flatMap((b) => b.activities.filter((a) => a.interventionAreaId === ia.id).map((a) => ({ activityId: a.id, note: '' }))),
        tasks: [
          { party: { kind: 'administration', id: administrationIds[0]! }, task: contractTasks[r.int(1, 2)]! },
          { party: { kind: 'housing_organisation', id: housingOrganisationIds[0]! }, task: contractTasks[0]! },
        ],
        municipalPart: [
          { kind: 'staff', description: 'Syntetisk: frikøbte medarbejdertimer', administrationId: administrationIds[0]!, hoursPerYear: r.int(200, 1_500), amountOrePerYear: null },
        ],
        contactPersons: [{ name: 'Syntetisk kontaktperson', role: 'Koordinator' }],
        ...validity,
        revisionClause: 'Syntetisk: forummet reviderer kontrakten efter behov.',
      };
      const contract: ContractRow = {
        id: id('contract', contractKey),
        urbanAreaId: area.id,
        interventionAreaId: ia.id,
        workingGroupId: group.id,
        status: approval ? 'approved' : 'draft',
        draft: approval ? null : content,
        createdBy: null,
        version: approval ? 2 : 1,
        createdAt,
        updatedAt: approval ? approval.enteredAt : createdAt,
      };
      contracts.push(contract);
      if (!approval) continue;
      // APP-CONTRACTS-WITH-PLANS: the City Council decision names the contract it approves.
      decisionContracts.push({ decisionId: approval.id, contractId: contract.id });
      revisions.push({
        id: id('contract_revision', `${contractKey}|1`),
        contractId: contract.id,
        number: 1,
        content,
        adoptedBy: 'city_council',
        decisionDate: approval.decidedOn,
        decisionReference: approval.reference,
        decisionId: approval.id,
        createdBy: null,
        createdAt: approval.enteredAt,
      });
      // Some forums revise a contract a year or so later (CON-REVISION: a later decision date).
      const revisedOn = addDays(approval.decidedOn, r.int(200, 500));
      if (r.chance(0.25) && revisedOn <= syntheticToday) {
        const revised = { ...content, municipalPart: content.municipalPart.map((m) => ({ ...m, hoursPerYear: (m.hoursPerYear ?? 0) + 100 })) };
        revisions.push({
          id: id('contract_revision', `${contractKey}|2`),
          contractId: contract.id,
          number: 2,
          content: revised,
          adoptedBy: 'forum',
          decisionDate: revisedOn,
          decisionReference: `Syntetisk: forummøde ${revisedOn}`,
          decisionId: null,
          createdBy: null,
          createdAt: stamp(revisedOn, 7_200),
        });
        contract.version = 3;
        contract.updatedAt = stamp(revisedOn, 7_200);
      }
    }
  }
  return { workingGroups, contracts, decisionContracts, revisions };
}
