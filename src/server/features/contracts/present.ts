/** Shapes contracts, revisions and comparisons as the API's JSON (src/domain/schemas/contracts.ts). */
import type { ContractComparison as Comparison } from '../../../domain/contract-compare.ts';
import type { Finding } from '../../../domain/rules/rule.ts';
import type { Contract, ContractContent, ContractRevision } from '../../../domain/schemas/contracts.ts';
import type { Language } from '../../http/language.ts';
import { iso } from '../../http/present.ts';
import type { ContractDetails, RevisionRow } from './queries.ts';

export function presentRevision(r: RevisionRow, latestNumber: number): ContractRevision {
  return {
    id: r.id,
    contractId: r.contractId,
    number: r.number,
    content: r.content as ContractContent,
    adoptedBy: r.adoptedBy,
    decisionDate: r.decisionDate,
    decisionReference: r.decisionReference,
    decisionId: r.decisionId,
    createdBy: r.createdBy,
    createdAt: iso(r.createdAt),
    superseded: r.number < latestNumber,
  };
}

const latestOf = (d: ContractDetails): RevisionRow | null => d.revisions.at(-1) ?? null;

export function presentSummary(d: ContractDetails) {
  const c = d.contract;
  const latest = latestOf(d);
  const current = latest ? presentRevision(latest, latest.number) : null;
  return {
    id: c.id,
    version: c.version,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    urbanArea: { id: c.urbanAreaId, name: c.urbanAreaName, municipalityId: c.municipalityId },
    interventionArea: { id: c.interventionAreaId, name: c.interventionAreaName, number: c.interventionAreaNumber, fundingPeriodId: c.fundingPeriodId },
    workingGroup: { id: c.workingGroupId, name: c.workingGroupName },
    status: c.status,
    currentRevision: current ? (({ content: _c, ...rest }) => rest)(current) : null,
    // Versions are numbered 1, 2, … without gaps: the latest's number is their count (the list reads only the latest).
    revisionCount: latest?.number ?? 0,
  };
}

export const presentFindings = (findings: Finding[], lang: Language) =>
  findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message[lang], path: f.path, source: f.source }));

export function presentContract(d: ContractDetails, findings: Finding[], lang: Language): Contract {
  const latest = latestOf(d);
  return {
    ...presentSummary(d),
    current: latest ? presentRevision(latest, latest.number) : null,
    draft: (d.contract.draft as ContractContent | null) ?? null,
    findings: presentFindings(findings, lang),
  };
}

export function presentComparison(contractId: string, from: ContractRevision, to: ContractRevision, c: Comparison, lang: Language) {
  return {
    contractId,
    from,
    to,
    changed: c.changed,
    fields: c.fields.map((f) => ({ ...f, label: f.label[lang] })),
  };
}
