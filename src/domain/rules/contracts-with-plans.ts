/**
 * APP-CONTRACTS-WITH-PLANS (docs/rules.md, "Approval"): the City Council approves the contracts of
 * an urban area together with the area's plans, and its decision names each contract it approves.
 * A contract is approved only by being named: named, it must be a draft of the plan's urban area,
 * and only a City Council approval of a plan names contracts. Drafts the decision does not name stay
 * drafts, for a later City Council decision on a plan of the area. Pure: the server loads the named
 * contracts and hands them in.
 */
import type { DecisionBody, DecisionOutcome } from '../workflow.ts';
import { type Finding, type Rule, finder } from './rule.ts';

export type NamedContracts = {
  body: DecisionBody;
  outcome: DecisionOutcome;
  /** The plan's urban area. */
  urbanAreaId: string;
  /** The contract ids the decision names, in its order. */
  named: readonly string[];
  /** What the database holds of each named contract (absent: no such contract). */
  found: ReadonlyMap<string, { urbanAreaId: string; status: 'draft' | 'approved'; title: string }>;
};

export const appContractsWithPlans: Rule<NamedContracts> = {
  id: 'APP-CONTRACTS-WITH-PLANS',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Samarbejdskontrakter godkendes politisk sammen med planerne i deres byområde: Borgerrepræsentationens godkendelse af en plan nævner hver kontrakt, den godkender, og en kontrakt godkendes aldrig uden at være nævnt. En nævnt kontrakt er en kladde i planens byområde.',
    en: "Cooperation contracts are approved politically together with the plans of their urban area: the City Council's approval of a plan names each contract it approves, and a contract is never approved without being named. A named contract is a draft of the plan's urban area.",
  },
  check: ({ body, outcome, urbanAreaId, named, found }) => {
    const find = finder(appContractsWithPlans);
    if (named.length === 0) return [];
    if (body !== 'city_council' || outcome !== 'approved') {
      return [
        find('error', 'contractIds', {
          da: 'Kun Borgerrepræsentationens godkendelse af en plan godkender samarbejdskontrakter; fjern kontrakterne fra beslutningen',
          en: "Only the City Council's approval of a plan approves cooperation contracts; remove the contracts from the decision",
        }),
      ];
    }
    const findings: Finding[] = [];
    named.forEach((id, i) => {
      const c = found.get(id);
      const path = `contractIds.${i}`;
      if (!c || c.urbanAreaId !== urbanAreaId) {
        findings.push(find('error', path, { da: 'Kontrakten hører ikke til planens byområde', en: "The contract does not belong to the plan's urban area" }));
      } else if (c.status !== 'draft') {
        findings.push(
          find('error', path, {
            da: `${c.title} er allerede godkendt; senere ændringer er forummets revisioner`,
            en: `${c.title} is already approved; later changes are the forum's revisions`,
          }),
        );
      }
    });
    return findings;
  },
};
