/**
 * Checking one decision against the approval route (src/domain/workflow.ts): may this actor record
 * it now? The API enforces it in `recordDecision`; its tests are in workflow.test.ts and
 * decision-check.test.ts (APP-COMMITTEE, APP-DATE, APP-COOPERATION-FIRST).
 */
import { danishDate, englishDate } from './dates.ts';
import type { Text } from './errors.ts';
import { type PlanStatus, planStatusNames } from './plans.ts';
import type { Actor } from './roles.ts';
import type { ApprovalRuleId } from './rules/approval.ts';
import {
  type DecisionAction,
  type DecisionFact,
  type DecisionOutcome,
  type Route,
  type Step,
  type StepInstance,
  type Transition,
  bodyNames,
  committeesApproved,
  correctableDecision,
  effectiveDecisions,
  mayRecordFor,
  nextSteps,
  remainingRoute,
  transitionOf,
} from './workflow.ts';

/** The largest document accepted with a decision (bytes). */
export const maxDocumentBytes = 5 * 1024 * 1024;

export type Verdict =
  | { ok: true; step: Step; fromStatus: PlanStatus; toStatus: PlanStatus }
  | { ok: false; reason: 'forbidden' }
  /** `field`: the part of the request at fault (`decidedOn` for the dates; else the body and step). */
  | { ok: false; reason: 'order'; rule: ApprovalRuleId; message: Text; field?: 'decidedOn' }
  | { ok: false; reason: 'report'; message: Text };

const joinText = (parts: Text[], and: Text): Text => {
  const join = (lang: 'da' | 'en') => {
    const xs = parts.map((p) => p[lang]);
    return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and[lang]} ${xs.at(-1)!}`;
  };
  return { da: join('da'), en: join('en') };
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const order = (message: Text): Verdict => ({ ok: false, reason: 'order', rule: 'APP-ORDER', message });
const refuse = (rule: ApprovalRuleId, message: Text, field?: 'decidedOn'): Verdict =>
  field ? { ok: false, reason: 'order', rule, message, field } : { ok: false, reason: 'order', rule, message };

/** "Økonomiudvalget, 8. maj 2025": a decision by its body (or committee) and date. */
function decisionLabel(d: DecisionFact, committees: Route['committees']): Text {
  const committee = d.committeeName ?? committees.find((c) => c.id === d.committeeId)?.name;
  const who: Text = committee ? { da: committee, en: committee } : bodyNames[d.body];
  return { da: `${who.da}, ${danishDate(d.decidedOn)}`, en: `${who.en.replace(/^The /, 'the ')}, ${englishDate(d.decidedOn)}` };
}

/**
 * APP-DATE: not after today (in Copenhagen), not before the previous effective decision. The
 * refusal names the previous decision and, unless the action is itself a correction (then only
 * the decision it corrects can be corrected), that "Ret beslutning" corrects a wrong date.
 */
function checkDate(action: DecisionAction, route: Route, today: string): Verdict | null {
  if (action.decidedOn > today) {
    return refuse(
      'APP-DATE',
      { da: `Beslutningen kan ikke dateres efter i dag (${danishDate(today)})`, en: `The decision cannot be dated after today (${englishDate(today)})` },
      'decidedOn',
    );
  }
  const previous = effectiveDecisions(route.decisions).at(-1);
  if (!previous || action.decidedOn >= previous.decidedOn) return null;
  const label = decisionLabel(previous, route.committees);
  const hint: Text = action.correctsDecisionId
    ? { da: '', en: '' }
    : {
        da: '. Er den foregående beslutnings dato forkert, rettes den med "Ret beslutning"',
        en: '. If the date of the previous decision is wrong, correct it with "Ret beslutning" (correct decision)',
      };
  return refuse(
    'APP-DATE',
    {
      da: `Beslutningen kan ikke dateres før den foregående beslutning (${label.da})${hint.da}`,
      en: `The decision cannot be dated before the previous decision (${label.en})${hint.en}`,
    },
    'decidedOn',
  );
}

/** APP-COMMITTEE: why a plan without a standing committee cannot be submitted (the API's refusal, the form's warning). */
export const committeeRequiredText: Text = {
  da: 'Planen kan først indsendes, når den angiver mindst ét fagudvalg, der skal godkende den før Økonomiudvalget og Borgerrepræsentationen',
  en: 'The plan can be submitted only when it lists at least one standing committee to approve it before the Finance Committee and the City Council',
};

/** APP-COMMITTEE and APP-COOPERATION-FIRST: what a submission to the municipality needs besides a clean rule report. */
function checkSubmission(action: DecisionAction, route: Route): Verdict | null {
  if (route.committees.length === 0) return refuse('APP-COMMITTEE', committeeRequiredText);
  const agreed = route.plan.cooperationAgreementDate;
  if (agreed !== null && action.decidedOn < agreed) {
    return refuse(
      'APP-COOPERATION-FIRST',
      {
        da: `Planen kan først indsendes fra datoen for samarbejdsaftalen med kommunen (${danishDate(agreed)}); planen udarbejdes i samarbejde med forvaltningerne, før den godkendes`,
        en: `The plan can be submitted only from the date of its cooperation agreement with the municipality (${englishDate(agreed)}); a plan is drafted in cooperation with the administrations before it is approved`,
      },
      'decidedOn',
    );
  }
  return null;
}

function resolveStatus(t: Transition, outcome: DecisionOutcome, route: Route, committeeId: string | null): PlanStatus {
  const to = t.outcomes[outcome]!;
  if (to === 'back_to_draft') return route.plan.revision ? 'revision_draft' : 'draft';
  if (to === 'resume') return route.plan.revision?.baseStatus ?? 'fund_commitment';
  if (t.step === 'committee' && outcome === 'approved') {
    const approved = committeesApproved(route.decisions);
    if (committeeId) approved.add(committeeId);
    return route.committees.every((c) => approved.has(c.id)) ? 'finance_committee' : 'committee_approval';
  }
  return to;
}

/**
 * Decides whether `actor` may record `action` on the plan now; `today` is the date in Copenhagen
 * (`copenhagenToday()`; the national seed passes its own). The role is checked first (403: the
 * actor may never record for that body), then the order (422 APP-ORDER with a sentence saying what
 * must happen first), the outcome (APP-DECISION), the start on the start date (APP-ORDER), what a
 * submission needs (APP-COMMITTEE, APP-COOPERATION-FIRST) and the dates (APP-DATE). The rule
 * report is checked by the caller (`needsCleanReport`), which has the plan's content.
 */
export function checkDecision(action: DecisionAction, given: Route, actor: Actor | null, today: string): Verdict {
  if (actor !== null && !mayRecordFor(actor, given.plan, action.body)) return { ok: false, reason: 'forbidden' };

  // A correction is judged as if the corrected decision had never been recorded.
  let route = given;
  if (action.correctsDecisionId) {
    const last = correctableDecision(given.decisions);
    if (!last || last.id !== action.correctsDecisionId) {
      return order({
        da: 'Kun planens seneste gældende beslutning kan rettes; ret den først, eller registrér en ny beslutning',
        en: "Only the plan's latest effective decision can be corrected; correct that one, or record a new decision",
      });
    }
    if (last.body !== action.body || last.committeeId !== action.committeeId) {
      return order({
        da: `En rettelse kommer fra samme organ som beslutningen, den retter (${bodyNames[last.body].da})`,
        en: `A correction comes from the body whose decision it corrects (${bodyNames[last.body].en})`,
      });
    }
    route = {
      ...given,
      plan: { ...given.plan, status: last.fromStatus },
      decisions: given.decisions.filter((d) => d.id !== last.id && d.correctsDecisionId !== last.id),
    };
  }
  const { plan } = route;
  const label = action.committeeId ? route.committees.find((c) => c.id === action.committeeId)?.name : undefined;
  const who: Text = label ? { da: label, en: label } : bodyNames[action.body];

  if (action.body === 'committee') {
    if (!action.committeeId || !route.committees.some((c) => c.id === action.committeeId)) {
      return order({
        da: 'Udvalget er ikke opført på planen som et udvalg, der skal godkende den',
        en: 'The committee is not listed on the plan as one that must approve it',
      });
    }
    if (committeesApproved(route.decisions).has(action.committeeId) && ['submitted_to_municipality', 'committee_approval'].includes(plan.status)) {
      return order({ da: `${who.da} har allerede godkendt planen`, en: `${who.en} has already approved the plan` });
    }
  } else if (action.committeeId) {
    return { ok: false, reason: 'order', rule: 'APP-DECISION', message: { da: 'Kun et udvalg angiver et udvalg', en: 'Only a committee names a committee' } };
  }

  const now = nextSteps(plan, route.decisions, route.committees);
  const wanted = (s: StepInstance) =>
    s.body === action.body && s.committeeId === action.committeeId && (action.outcome === 'withdrawn') === (s.step === 'withdrawal');
  const match = now.find(wanted);
  if (!match) {
    const ahead = remainingRoute(route);
    const at = ahead.findIndex(wanted);
    if (plan.revision !== null && action.outcome === 'withdrawn') {
      return order({
        da: 'En ændring kan ikke trækkes tilbage; den godkendte version gælder, indtil ændringen er godkendt',
        en: 'A change cannot be withdrawn; the approved version stays in force until the change is approved',
      });
    }
    if (at > 0) {
      const needed = joinText(ahead.slice(0, at).map((s) => s.name), { da: 'og', en: 'and' });
      return order({
        da: `${who.da} kan først beslutte efter ${needed.da}`,
        en: `${capital(who.en)} can decide only after ${needed.en}`,
      });
    }
    const next = joinText(now.filter((s) => s.step !== 'withdrawal').map((s) => s.name), { da: 'eller', en: 'or' });
    return order({
      da: `${who.da} kan ikke beslutte nu: planen er ${planStatusNames[plan.status].da}${next.da ? `; næste skridt er ${next.da}` : ''}`,
      en: `${capital(who.en)} cannot decide now: the plan is ${planStatusNames[plan.status].en}${next.en ? `; the next step is ${next.en}` : ''}`,
    });
  }
  if (!match.outcomes.includes(action.outcome)) {
    const allowed = match.outcomes.join(', ');
    return {
      ok: false,
      reason: 'order',
      rule: 'APP-DECISION',
      message: {
        da: `Ved ${match.name.da} kan udfaldet være: ${allowed}`,
        en: `For ${match.name.en} the outcome can be: ${allowed}`,
      },
    };
  }
  const t = transitionOf(match.step);
  if (t.fromStartDate && action.decidedOn < plan.startDate) {
    return order({ da: `Planen kan først sættes i gang fra sin startdato ${plan.startDate}`, en: `The plan can start only from its start date ${plan.startDate}` });
  }
  const refused = (match.step === 'submission' ? checkSubmission(action, route) : null) ?? checkDate(action, route, today);
  if (refused) return refused;
  return { ok: true, step: match.step, fromStatus: plan.status, toStatus: resolveStatus(t, action.outcome, route, action.committeeId) };
}

