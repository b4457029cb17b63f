/**
 * The checks every contract write shares: who may do it, and the CON-* rules on the content
 * (parties, covered activities, validity). Errors are refused (422 with the rule ids); warnings
 * (a side without parties yet) are only reported on the contract.
 */
import type { Transaction } from 'kysely';
import { type Action, authorize } from '../../../domain/authorization.ts';
import { AppError, type Violation, ruleViolation } from '../../../domain/errors.ts';
import { type Validity, conInForce, conParties, conPerArea, conValidity } from '../../../domain/rules/contracts.ts';
import { type Finding, toViolation } from '../../../domain/rules/rule.ts';
import type { ContractContent, ContractContentPatch } from '../../../domain/schemas/contracts.ts';
import type { Ctx, SignedInCtx, SystemCtx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { type ContractDetails, activitiesOfArea, eligibleParties, lockUrbanArea, validityOfOtherContracts } from './queries.ts';

/** Contract use cases serve the API (a signed-in actor) and seed scripts or the CLI (the system). */
export type WriteCtx = SignedInCtx | SystemCtx;
export type Trx = Transaction<Database>;
export type AuditCtx = Pick<Ctx, 'actor' | 'requestId'>;

export const contractWhat = { da: 'Kontrakten', en: 'The contract' };

/** A contract as a write leaves it (read in the write's transaction), with the findings on its draft. */
export type WrittenContract = { contract: ContractDetails; findings: Finding[] };

export function authorizeAs(ctx: WriteCtx, action: Action, target: { municipalityId: string; urbanAreaId: string }): void {
  if (ctx.actor !== null) authorize(ctx.actor, action, target);
}

/** The content with the given fields replaced whole. */
export function mergeContent(base: ContractContent, patch: ContractContentPatch): ContractContent {
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return { ...base, ...given } as ContractContent;
}

/** Every finding on a contract's content in its urban area and intervention area. */
export async function contentFindings(
  q: Trx | SignedInCtx['db'],
  place: { urbanAreaId: string; municipalityId: string; interventionAreaId: string },
  content: ContractContent,
): Promise<Finding[]> {
  const eligible = await eligibleParties(q, place.urbanAreaId, place.municipalityId);
  const findings = [...conParties.check({ content, eligible }), ...conValidity.check(content)];
  const known = new Map((await activitiesOfArea(q, place.urbanAreaId, content.activities.map((a) => a.activityId))).map((a) => [a.id, a]));
  content.activities.forEach((a, i) => {
    const path = `content.activities.${i}.activityId`;
    const activity = known.get(a.activityId);
    if (!activity) {
      findings.push({
        rule: 'REFERENCE',
        severity: 'error',
        source: 'inference',
        path,
        message: { da: 'Aktiviteten hører ikke til en helhedsplan i byområdet', en: 'The activity is not one of a plan in the urban area' },
      });
    } else if (activity.interventionAreaId !== place.interventionAreaId) {
      findings.push({
        rule: conPerArea.id,
        severity: 'warning',
        source: conPerArea.source,
        path,
        message: { da: 'Aktiviteten hører til et andet indsatsområde end kontrakten', en: "The activity is under another intervention area than the contract's" },
      });
    }
  });
  return findings;
}

const bodyPath = (f: Finding): Violation => ({ ...toViolation(f), path: `body.${f.path}` });

/** Throws 422 with the errors among the findings (paths as fields of the request body). */
export function refuseErrors(findings: Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw ruleViolation(errors.map(bodyPath));
}

/** A state conflict (409) naming the rule, e.g. editing the draft of an approved contract. */
export function refuseConflict(findings: Finding[]): void {
  if (findings.length === 0) return;
  throw new AppError('conflict', findings[0]!.message, findings.map(toViolation));
}

/**
 * CON-IN-FORCE for a contract with this validity: the area's other contracts (every period, drafts
 * included) in force on one day must leave room for it. Locks the urban area, so that writes in one
 * area are decided one after the other. `max` is the parameter of the contract's funding period.
 */
export async function inForceFindings(trx: Trx, place: { urbanAreaId: string; contractId: string | null; max: number }, validity: Validity): Promise<Finding[]> {
  await lockUrbanArea(trx, place.urbanAreaId);
  const others = await validityOfOtherContracts(trx, place.urbanAreaId, place.contractId);
  return conInForce.check({ contract: validity, others, maxContractsPerUrbanArea: place.max });
}

/** Whether a content patch changes the validity (then CON-IN-FORCE is checked again). */
export const changesValidity = (patch: ContractContentPatch | undefined): boolean =>
  patch !== undefined && (patch.validFrom !== undefined || patch.validTo !== undefined);
