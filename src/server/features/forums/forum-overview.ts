/**
 * The forum page of an urban area: members (for roles that may see people), working groups, the
 * area's plans with status, its contracts with their current version and history, and the decisions
 * taken (the plans' decisions and the forum's contract revisions), and the FORUM-MEMBERS warnings
 * (who is not represented). Each part shows only what the actor may read.
 */
import { can } from '../../../domain/authorization.ts';
import { notFound } from '../../../domain/errors.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Db } from '../../db/create-db.ts';
import { presentDated } from '../../http/present.ts';
import { forumMembers } from '../../../domain/rules/fora.ts';
import type { Language } from '../../http/language.ts';
import { presentFindings, presentSummary } from '../contracts/present.ts';
import { contractTarget, loadContracts } from '../contracts/queries.ts';
import { forumWhat } from './forum-scope.ts';
import { findDecisions } from '../approval/queries.ts';
import { allForumMembers, allWorkingGroups, findForum, findUrbanAreaOfForum, forumComposition, plansOfArea } from './queries.ts';

export async function forumOverview(db: Db, actor: Actor, forumId: string, lang: Language) {
  const forum = await findForum(db, forumId);
  if (!forum) throw notFound(forumWhat);
  const area = await findUrbanAreaOfForum(db, forum.urbanAreaId);

  const plans = await plansOfArea(db, actor, area.id);
  const contracts = (await loadContracts(db, { urbanAreaId: area.id })).filter((d) => can(actor, 'contract.read', contractTarget(d)));
  const planName = new Map(plans.map((p) => [p.id, p.name]));

  const decisions = [
    ...(await findDecisions(db, plans.map((p) => p.id))).map((d) => ({
      kind: 'plan_decision' as const,
      date: d.decidedOn,
      body: d.committeeName ?? d.body,
      outcome: d.outcome,
      reference: d.reference,
      planId: d.planId,
      contractId: null,
      subject: planName.get(d.planId) ?? '',
    })),
    ...contracts.flatMap((c) =>
      c.revisions
        .filter((r) => r.adoptedBy === 'forum')
        .map((r) => ({
          kind: 'contract_revision' as const,
          date: r.decisionDate,
          body: forum.name,
          outcome: `revision ${r.number}`,
          reference: r.decisionReference,
          planId: null,
          contractId: c.contract.id,
          subject: c.contract.interventionAreaName,
        })),
    ),
  ].sort((a, b) => b.date.localeCompare(a.date));

  return {
    forum: { id: forum.id, name: forum.name, version: forum.version },
    urbanArea: area,
    members: can(actor, 'people.read') ? (await allForumMembers(db, forum.id)).map(presentDated) : null,
    workingGroups: (await allWorkingGroups(db, forum.id)).map(presentDated),
    plans: plans.map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      housingOrganisation: { id: p.housingOrganisationId, name: p.housingOrganisationName },
      startDate: p.startDate,
      endDate: p.endDate,
    })),
    contracts: contracts.map(presentSummary),
    findings: presentFindings(forumMembers.check(await forumComposition(db, forum.id, area)), lang),
    decisions,
  };
}
