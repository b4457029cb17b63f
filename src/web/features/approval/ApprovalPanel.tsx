/**
 * The approval part of a plan's page: the timeline of decisions (corrections marked), the approvals
 * still missing and who must give them, the "Registrér beslutning" form offering only the steps the
 * signed-in user may record now (`next` with `mayRecord` from GET /api/plans/:id/decisions, computed
 * by the domain's workflow), "Ret beslutning" on the latest effective decision for a user who may
 * record that body's decisions (the same form in correction mode: body fixed, `correctsDecisionId`
 * set, the reason required), and the plan's approved versions with "Start ændring" and comparison.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { committeeRequiredText, maxDocumentBytes } from '../../../domain/decision-check.ts';
import { snapshotOfPlan } from '../../../domain/plan-snapshot.ts';
import { ruleReport } from '../../../domain/rules/report.ts';
import type { Decision, DecisionInput, DecisionTimeline, StepView } from '../../../domain/schemas/approval.ts';
import type { Plan } from '../../../domain/schemas/plans.ts';
import { type DecisionOutcome, correctableDecision, correctionOutcomes, deciderOfBody, noteNeed, recordPermission } from '../../../domain/workflow.ts';
import { type ApiError, apiPath, asApiError } from '../../api.ts';
import { entry, useGet, write } from '../../cache.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { DateField, FileField, SelectField, TextArea, TextField } from '../../components/Fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { LiveStatus } from '../../components/StatusMessage.tsx';
import { dateText } from '../../components/format.ts';
import { useLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { ApprovedContracts, CouncilContracts, useAreaDrafts } from './CouncilContracts.tsx';
import { RevisionsView } from './RevisionsView.tsx';
import { type AT, approvalTexts, outcomeKey } from './texts.ts';
import './approval.css';

/** The decisions' path; recording one answers the timeline as it is then. */
const timelinePath = (planId: string) => apiPath('/api/plans/{id}/decisions', { id: planId });

/** A decision or a new revision changes the plan: the write reads the plan, its timeline and versions again. */
export function ApprovalPanel({ plan }: { plan: Plan }) {
  const at = useTexts(approvalTexts);
  const timeline = useGet(timelinePath(plan.id));
  const [message, setMessage] = useState<string | null>(null);
  const changed = (text: string) => setMessage(text);
  return (
    <section aria-labelledby="approval-heading" className="mt-8" id="approval">
      <h2 id="approval-heading">{at('approval.heading')}</h2>
      <LiveStatus message={message} />
      <Loaded resources={[timeline]}>
        {() => <TimelineView plan={plan} timeline={timeline.data!} at={at} onRecorded={changed} />}
      </Loaded>
      <RevisionsView plan={plan} onStarted={changed} />
    </section>
  );
}

function TimelineView({ plan, timeline, at, onRecorded }: { plan: Plan; timeline: DecisionTimeline; at: AT; onRecorded: (m: string) => void }) {
  const lang = useLanguage();
  const { may } = useSession();
  const items = timeline.items;
  const [correctingId, setCorrectingId] = useState<string | null>(null);
  // Only the latest effective decision can be corrected, by a user who may record that body's decisions.
  const latest = correctableDecision(items);
  const mayCorrect = latest !== undefined && may(...recordPermission(plan, latest.body));
  const correcting = mayCorrect && latest.id === correctingId ? latest : null;
  const correctColumn = mayCorrect
    ? [
        {
          header: at('approval.correctColumn'),
          cell: (d: Decision) =>
            d.id === latest.id ? (
              <button type="button" id="correct-decision" className="button button-secondary" onClick={() => setCorrectingId(d.id)}>
                {at('approval.correct')}
              </button>
            ) : (
              ''
            ),
        },
      ]
    : [];
  return (
    <>
      <p>{at('approval.status', { status: timeline.statusName })}</p>
      <h3>{at('approval.timeline')}</h3>
      <DataTable
        caption={at('approval.timelineCaption')}
        captionHidden
        rows={items}
        rowKey={(d) => d.id}
        empty={at('approval.noDecisions')}
        columns={[
          {
            header: at('approval.body'),
            cell: (d) => (
              <span className={d.effective ? undefined : 'decision-corrected'}>
                {d.bodyName}
                {!d.effective && (
                  <>
                    {' '}
                    <span className="badge badge-small">{at('approval.corrected')}</span>
                  </>
                )}
                {d.correctsDecisionId && (
                  <>
                    {' '}
                    <span className="badge badge-small">{at('approval.correction')}</span>
                  </>
                )}
              </span>
            ),
          },
          { header: at('approval.date'), cell: (d) => dateText(d.decidedOn, lang) },
          {
            header: at('approval.outcome'),
            cell: (d) => (
              <>
                {at(outcomeKey(d.outcome)) + (d.note ? ` – ${d.note}` : '')}
                <ApprovedContracts decision={d} />
              </>
            ),
          },
          { header: at('approval.referenceShort'), cell: (d) => d.reference },
          { header: at('approval.enteredBy'), cell: (d) => d.enteredBy?.displayName ?? '–' },
          {
            header: at('approval.document'),
            cell: (d) =>
              d.document ? (
                <a href={d.document.url} className="function-link">
                  {at('approval.documentLink', { name: d.document.filename })}
                </a>
              ) : (
                '–'
              ),
          },
          ...correctColumn,
        ]}
      />
      <h3>{at('approval.missing')}</h3>
      {timeline.missing.length === 0 ? (
        <p>{at('approval.missingNone')}</p>
      ) : (
        <ol className="missing-list">
          {timeline.missing.map((s) => (
            <li key={`${s.step}-${s.committeeId ?? ''}`}>{at('approval.missingItem', { name: capital(s.name), who: s.deciderName })}</li>
          ))}
        </ol>
      )}
      <RecordForm
        key={correcting?.id ?? 'new'}
        plan={plan}
        timeline={timeline}
        at={at}
        correcting={correcting}
        onCancel={() => {
          setCorrectingId(null);
          // Back to where the correction was opened.
          requestAnimationFrame(() => document.getElementById('correct-decision')?.focus());
        }}
        onRecorded={(m) => {
          setCorrectingId(null);
          onRecorded(m);
        }}
      />
    </>
  );
}

/** Step names are phrases ("Økonomiudvalgets godkendelse", "boligorganisationens …"); as a label they start with a capital. */
const capital = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const stepKey = (s: StepView) => `${s.step}:${s.body}:${s.committeeId ?? ''}`;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

type Errors = Partial<Record<'step' | 'outcome' | 'decidedOn' | 'reference' | 'note' | 'file', string>>;

/** The corrected decision's step as the form's fixed step (body and committee cannot change). */
const correctionStep = (d: Decision): StepView => ({
  step: d.step,
  body: d.body,
  committeeId: d.committeeId,
  name: d.committeeName ?? d.bodyName,
  outcomes: correctionOutcomes(d),
  decider: deciderOfBody[d.body],
  deciderName: '',
  mayRecord: true,
});

function RecordForm({
  plan,
  timeline,
  at,
  correcting,
  onCancel,
  onRecorded,
}: {
  plan: Plan;
  timeline: DecisionTimeline;
  at: AT;
  correcting: Decision | null;
  onCancel: () => void;
  onRecorded: (m: string) => void;
}) {
  const lang = useLanguage();
  const clean = ruleReport(snapshotOfPlan(plan)).canSubmit;
  const mine = correcting ? [correctionStep(correcting)] : timeline.next.filter((s) => s.mayRecord);
  // A submission needs a clean rule report and (APP-COMMITTEE) a standing committee; the form says why it is not offered.
  const noCommittee = plan.committeeIds.length === 0;
  const possible = correcting ? mine : mine.filter((s) => s.step !== 'submission' || (clean && !noCommittee));
  const submissionNext = !correcting && mine.some((s) => s.step === 'submission');
  const blockedSubmission = submissionNext && !clean;
  const [choice, setChoice] = useState('');
  const [outcome, setOutcome] = useState<string>(correcting?.outcome ?? '');
  const [decidedOn, setDecidedOn] = useState(correcting?.decidedOn ?? '');
  const [reference, setReference] = useState(correcting?.reference ?? '');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the correction moves the focus to the form, which replaces the ordinary one.
  useEffect(() => {
    if (correcting) heading.current?.focus();
  }, [correcting]);
  const step = possible.find((s) => stepKey(s) === choice) ?? (possible.length === 1 ? possible[0] : undefined);
  const outcomes = step?.outcomes ?? [];
  const chosenOutcome = outcomes.includes(outcome as never) ? outcome : outcomes.length === 1 ? outcomes[0]! : '';
  const needsNote = noteNeed({ outcome: chosenOutcome as DecisionOutcome, correctsDecisionId: correcting?.id ?? null });
  const noteLabel = at(needsNote === 'correction' ? 'approval.correctionReason' : needsNote === 'return' ? 'approval.reason' : 'approval.note');
  // APP-CONTRACTS-WITH-PLANS: the City Council's approval names the area's draft contracts it approves.
  const council = step?.body === 'city_council' && chosenOutcome === 'approved';
  const drafts = useAreaDrafts(council ? plan.urbanAreaId : null);
  const [unticked, setUnticked] = useState<string[]>([]);

  if (mine.length === 0) {
    const next = timeline.next.filter((s) => s.step !== 'withdrawal').map((s) => `${s.name} (${s.deciderName})`);
    return (
      <>
        <h3>{at('approval.record')}</h3>
        <p>{next.length ? at('approval.recordNone', { next: next.join('; ') }) : at('approval.recordNothing')}</p>
      </>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    const fill = (label: string) => at('approval.fillIn', { label: label.toLocaleLowerCase() });
    if (!step) found.step = fill(at('approval.step'));
    if (!chosenOutcome) found.outcome = fill(at('approval.outcome'));
    if (!decidedOn) found.decidedOn = fill(at('approval.decidedOn'));
    if (!reference.trim()) found.reference = fill(at('approval.referenceShort'));
    if (needsNote && !note.trim()) found.note = fill(noteLabel);
    if (file && file.type !== 'application/pdf' && !file.name.toLowerCase().endsWith('.pdf')) found.file = at('approval.fileNotPdf');
    if (file && file.size > maxDocumentBytes) found.file = at('approval.fileTooBig');
    setErrors(found);
    setRefusal(null);
    if (Object.keys(found).length > 0 || !step) return;
    setSaving(true);
    try {
      const body: DecisionInput = {
        body: step.body,
        committeeId: step.committeeId,
        outcome: chosenOutcome as DecisionInput['outcome'],
        decidedOn,
        reference: reference.trim(),
        note: note.trim(),
        correctsDecisionId: correcting?.id ?? null,
        document: file ? { filename: file.name, contentType: 'application/pdf', contentBase64: await readBase64(file) } : null,
        contractIds: council ? drafts.filter((c) => !unticked.includes(c.id)).map((c) => c.id) : [],
      };
      await write<DecisionTimeline & { decisionId: string }>('POST', `/api/plans/${plan.id}/decisions`, {
        body,
        version: timeline.version,
        cache: ({ data: { decisionId: _, ...recorded }, version }) => [entry(timelinePath(plan.id), { data: recorded, version })],
      });
      setChoice('');
      setOutcome('');
      setDecidedOn('');
      setReference('');
      setNote('');
      setFile(null);
      setUnticked([]);
      const outcomeText = at(outcomeKey(chosenOutcome as DecisionInput['outcome'])).toLocaleLowerCase();
      onRecorded(at(correcting ? 'approval.correctionRecorded' : 'approval.recorded', { name: step.name, outcome: outcomeText }));
    } catch (err) {
      const problem = asApiError(err);
      setRefusal(problem);
      // A date refused (APP-DATE, APP-COOPERATION-FIRST) marks the date field too.
      const dateRefused = problem.violations.find((v) => v.path === 'body.decidedOn');
      if (dateRefused) setErrors({ decidedOn: `${dateRefused.rule}: ${dateRefused.message}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="record-form" aria-labelledby="record-heading" id="record-form">
      <h3 id="record-heading" ref={heading} tabIndex={-1}>
        {correcting ? at('approval.correctHeading') : at('approval.record')}
      </h3>
      {correcting && (
        <p id="correction-of">
          {at('approval.correctionOf', {
            name: correcting.committeeName ?? correcting.bodyName,
            date: dateText(correcting.decidedOn, lang),
            outcome: at(outcomeKey(correcting.outcome)).toLocaleLowerCase(),
            reference: correcting.reference,
          })}
        </p>
      )}
      {blockedSubmission && <Alert variant="warning" headingLevel={3}>{at('approval.notClean')}</Alert>}
      {submissionNext && noCommittee && (
        <Alert variant="warning" headingLevel={3} id="submission-no-committee">
          <p className="alert-text" data-rule="APP-COMMITTEE">
            <strong>APP-COMMITTEE</strong>: {committeeRequiredText[lang]}
          </p>
        </Alert>
      )}
      {refusal && (
        <Alert variant="error" heading={at('approval.refused')} headingLevel={3} id="record-refusal">
          {refusal.violations.length > 0 ? (
            <ul className="alert-text nobullet-list">
              {refusal.violations.map((v, i) => (
                <li key={i} data-rule={v.rule}>
                  <strong>{v.rule}</strong>: {v.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="alert-text">{refusal.detail || refusal.title}</p>
          )}
        </Alert>
      )}
      {possible.length > 0 && (
        <>
          {correcting ? (
            <p>
              <strong>{at('approval.body')}:</strong> {correcting.committeeName ?? correcting.bodyName}
            </p>
          ) : (
            <SelectField
              id="decision-step"
              label={at('approval.step')}
              value={step ? stepKey(step) : ''}
              onChange={setChoice}
              options={possible.map((s) => ({ value: stepKey(s), label: capital(s.name) }))}
              error={errors.step}
            />
          )}
          <SelectField
            id="decision-outcome"
            label={at('approval.outcome')}
            value={chosenOutcome}
            onChange={setOutcome}
            options={outcomes.map((o) => ({ value: o, label: at(outcomeKey(o)) }))}
            error={errors.outcome}
          />
          <DateField id="decision-date" label={at('approval.decidedOn')} value={decidedOn} onChange={setDecidedOn} error={errors.decidedOn} />
          <TextField id="decision-reference" label={at('approval.reference')} value={reference} onChange={setReference} error={errors.reference} />
          <TextArea
            id="decision-note"
            label={noteLabel}
            value={note}
            onChange={setNote}
            error={errors.note}
            optional={needsNote === null}
          />
          {council && <CouncilContracts drafts={drafts} unticked={unticked} onChange={setUnticked} />}
          <FileField id="decision-file" label={at('approval.file')} error={errors.file} onChange={setFile} />
          <button type="submit" className="button button-primary" disabled={saving}>
            {correcting ? at('approval.correctSave') : at('approval.save')}
          </button>
          {correcting && (
            <button type="button" className="button button-tertiary ml-4" onClick={onCancel}>
              {at('approval.correctCancel')}
            </button>
          )}
        </>
      )}
    </form>
  );
}
