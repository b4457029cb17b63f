/**
 * The words of the approval, revision, contract and forum pages, Danish and English side by side
 * (like src/web/features/plans/texts.ts); the language is the app's (`useLanguage`).
 */
import type { DecisionOutcome } from '../../../domain/workflow.ts';
import { type Language, useLanguage } from '../../i18n.ts';

const texts = {
  'approval.heading': ['Godkendelse', 'Approval'],
  'approval.status': ['Planen står nu: {status}.', 'The plan now stands: {status}.'],
  'approval.timeline': ['Beslutninger', 'Decisions'],
  'approval.timelineCaption': ['Beslutninger om planen, ældste først', 'Decisions on the plan, oldest first'],
  'approval.noDecisions': ['Der er ikke registreret beslutninger endnu.', 'No decisions have been recorded yet.'],
  'approval.date': ['Dato', 'Date'],
  'approval.body': ['Organ', 'Body'],
  'approval.outcome': ['Udfald', 'Outcome'],
  'approval.reference': ['Reference (dagsordenspunkt eller brev)', 'Reference (agenda item or letter)'],
  'approval.referenceShort': ['Reference', 'Reference'],
  'approval.enteredBy': ['Registreret af', 'Entered by'],
  'approval.document': ['Bilag', 'Document'],
  'approval.documentLink': ['{name} (PDF)', '{name} (PDF)'],
  'approval.corrected': ['Rettet af en senere beslutning', 'Corrected by a later decision'],
  'approval.correction': ['Rettelse af en tidligere beslutning', 'Correction of an earlier decision'],
  'approval.missing': ['Manglende godkendelser', 'Missing approvals'],
  'approval.missingNone': ['Der mangler ingen godkendelser før tilsagnet.', 'No approvals are missing before the commitment.'],
  'approval.missingItem': ['{name} – registreres af {who}', '{name} – recorded by {who}'],
  'approval.record': ['Registrér beslutning', 'Record decision'],
  'approval.recordNone': [
    'Du kan ikke registrere en beslutning om planen lige nu. Næste skridt: {next}.',
    'You cannot record a decision on the plan right now. Next: {next}.',
  ],
  'approval.recordNothing': ['Der er ingen beslutninger at registrere.', 'There are no decisions to record.'],
  'approval.step': ['Beslutning', 'Decision'],
  'approval.notClean': [
    'Planen kan først indsendes til kommunen, når regelrapporten er uden fejl.',
    'The plan can be submitted to the municipality only when the rule report has no errors.',
  ],
  'approval.decidedOn': ['Dato for beslutningen', 'Date of the decision'],
  'approval.reason': ['Begrundelse for at sende planen tilbage', 'Reason for returning the plan'],
  'approval.note': ['Bemærkning', 'Note'],
  'approval.file': ['Bilag (PDF, højst 5 MB)', 'Document (PDF, at most 5 MB)'],
  'approval.fileNotPdf': ['Bilaget skal være en PDF-fil.', 'The document must be a PDF file.'],
  'approval.fileTooBig': ['Bilaget må højst fylde 5 MB.', 'The document may be at most 5 MB.'],
  'approval.fillIn': ['Udfyld {label}', 'Fill in {label}'],
  'approval.refused': ['Beslutningen blev ikke registreret', 'The decision was not recorded'],
  'approval.recorded': ['Beslutningen er registreret: {name}, {outcome}.', 'The decision has been recorded: {name}, {outcome}.'],
  'approval.save': ['Registrér', 'Record'],
  'outcome.approved': ['Godkendt', 'Approved'],
  'outcome.refused': ['Afvist', 'Refused'],
  'outcome.returned': ['Sendt tilbage', 'Returned'],
  'outcome.withdrawn': ['Trukket tilbage', 'Withdrawn'],
  'revisions.heading': ['Godkendte versioner og ændringer', 'Approved versions and changes'],
  'revisions.caption': ['Planens versioner', 'Versions of the plan'],
  'revisions.none': ['Planen har ingen godkendte versioner endnu.', 'The plan has no approved versions yet.'],
  'revisions.number': ['Version', 'Version'],
  'revisions.kind': ['Art', 'Kind'],
  'revisions.kind.approved': ['Godkendt plan', 'Approved plan'],
  'revisions.kind.change': ['Ændring', 'Change'],
  'revisions.status.in_progress': ['under behandling', 'in progress'],
  'revisions.status.approved': ['godkendt', 'approved'],
  'revisions.state': ['Status', 'Status'],
  'revisions.reasonCol': ['Begrundelse', 'Reason'],
  'revisions.approvedAt': ['Godkendt', 'Approved'],
  'revisions.start': ['Start ændring', 'Start change'],
  'revisions.startReason': ['Hvorfor ændres planen?', 'Why does the plan change?'],
  'revisions.started': ['Ændringen er startet. Planen kan nu redigeres og skal godkendes igen.', 'The change has started. The plan can be edited now and must be approved again.'],
  'revisions.compare': ['Sammenlign versioner', 'Compare versions'],
  'revisions.from': ['Fra version', 'From version'],
  'revisions.to': ['Til version', 'To version'],
  'revisions.current': ['Planen, som den er nu', 'The plan as it is now'],
  'revisions.versionN': ['Version {n}', 'Version {n}'],
  'revisions.showCompare': ['Vis sammenligning', 'Show comparison'],
  'compare.title': ['Sammenligning af {from} og {to}', 'Comparison of {from} and {to}'],
  'compare.unchanged': ['Der er ingen forskelle mellem de to versioner.', 'There are no differences between the two versions.'],
  'compare.legend': [
    'Forskelle er markeret med teksten «Ændret», «Tilføjet» eller «Fjernet» og med fed skrift.',
    'Differences are marked with the words “Changed”, “Added” or “Removed” and in bold.',
  ],
  'compare.fields': ['Planens oplysninger', 'Plan details'],
  'compare.field': ['Felt', 'Field'],
  'compare.change': ['Forskel', 'Difference'],
  'compare.estates': ['Afdelinger', 'Estates'],
  'compare.goals': ['Mål, indikatorer og måltal', 'Goals, indicators and targets'],
  'compare.activities': ['Aktiviteter', 'Activities'],
  'compare.budget': ['Budget', 'Budget'],
  'compare.byYear': ['Budget pr. år', 'Budget by year'],
  'compare.byArea': ['Budget pr. indsatsområde', 'Budget by intervention area'],
  'compare.bySource': ['Budget pr. finansieringskilde', 'Budget by funding source'],
  'compare.cells': ['Ændrede budgetceller (år, indsatsområde, kilde)', 'Changed budget cells (year, area, source)'],
  'compare.total': ['I alt', 'Total'],
  'compare.year': ['År', 'Year'],
  'compare.area': ['Indsatsområde', 'Intervention area'],
  'compare.source': ['Kilde', 'Source'],
  'compare.difference': ['Forskel', 'Difference'],
  'compare.target': ['Måltal {year}', 'Target {year}'],
  'compare.criterion': ['Succeskriterium', 'Success criterion'],
  'compare.noItems': ['Ingen.', 'None.'],
  'change.added': ['Tilføjet', 'Added'],
  'change.removed': ['Fjernet', 'Removed'],
  'change.changed': ['Ændret', 'Changed'],
  'change.unchanged': ['Uændret', 'Unchanged'],
  'waiting.title': ['Afventer', 'Waiting'],
  'waiting.lead': [
    'Planer, der venter på et organs beslutning – til forberedelse af næste møde.',
    'Plans waiting for a body’s decision – to prepare the next meeting.',
  ],
  'waiting.body': ['Organ', 'Body'],
  'waiting.committee': ['Udvalg', 'Committee'],
  'waiting.allCommittees': ['Alle udvalg', 'All committees'],
  'waiting.show': ['Vis', 'Show'],
  'waiting.caption': ['Planer, der venter på {body}', 'Plans waiting for {body}'],
  'waiting.none': ['Ingen planer venter på {body}.', 'No plans are waiting for {body}.'],
  'waiting.plan': ['Plan', 'Plan'],
  'waiting.area': ['Byområde', 'Urban area'],
  'waiting.org': ['Boligorganisation', 'Housing organisation'],
  'waiting.since': ['Venter siden', 'Waiting since'],
  'waiting.frame': ['Ramme', 'Frame'],
  'waiting.municipal': ['Kommunal andel', 'Municipal share'],
  'waiting.pool': ['Fra puljen', 'From the pool'],
  'waiting.committees': ['Afventer udvalg', 'Pending committees'],
  'waiting.documents': ['Indstilling til Borgerrepræsentationen', 'Proposal to the City Council'],
  'waiting.meetingDate': ['Mødedato', 'Meeting date'],
  'waiting.docx': ['Indstilling for {area} (Word)', 'Proposal for {area} (Word)'],
  'waiting.pdf': ['Indstilling for {area} (PDF)', 'Proposal for {area} (PDF)'],
} as const satisfies Record<string, readonly [string, string]>;

export type AppKey = keyof typeof texts;
export type AT = (key: AppKey, vars?: Record<string, string | number>) => string;

export function approvalText(lang: Language, key: AppKey, vars?: Record<string, string | number>): string {
  const text: string = texts[key][lang === 'da' ? 0 : 1];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function useAT(): AT {
  const lang = useLanguage();
  return (key, vars) => approvalText(lang, key, vars);
}

export const outcomeKey = (o: DecisionOutcome): AppKey => `outcome.${o}`;
