/**
 * APP-* rules (docs/rules.md, "Approval"): their ids, severity, source and statement. The route
 * itself checks them — src/domain/workflow.ts (the route, corrections and notes, editable
 * statuses) and src/domain/decision-check.ts (`checkDecision`) — and reports these ids.
 */
import type { RuleInfo } from './rule.ts';

export const appOrder: RuleInfo = {
  id: 'APP-ORDER',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'En beslutning registreres kun i godkendelsesvejens rækkefølge: alle planens udvalg, Økonomiudvalget og Borgerrepræsentationen før bestyrelsen og Landsbyggefondens tilsagn, og planens start tidligst på dens startdato.',
    en: "A decision is recorded only in the order of the approval route: all the plan's committees, the Finance Committee and the City Council before the board and the fund's commitment, and the plan's start on its start date at the earliest.",
  },
};

export const appDecision: RuleInfo = {
  id: 'APP-DECISION',
  severity: 'error',
  source: 'inference',
  statement: {
    da: 'En beslutning har et udfald, som trinnet kender; den ændres aldrig, men den seneste gældende kan rettes af samme organ. At sende en plan tilbage kræver en begrundelse, og en rettelse siger, hvad den retter.',
    en: 'A decision has an outcome its step knows; it is never edited, but the latest effective one may be corrected by the same body. Returning a plan needs a reason, and a correction says what it corrects.',
  },
};

export const appCommittee: RuleInfo = {
  id: 'APP-COMMITTEE',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'En plan angiver mindst ét fagudvalg, før den indsendes til kommunen; planerne godkendes af de relevante fagudvalg og derefter af Borgerrepræsentationen.',
    en: 'A plan lists at least one standing committee before it is submitted to the municipality; plans are approved by the relevant committees and then by the City Council.',
  },
};

export const appDate: RuleInfo = {
  id: 'APP-DATE',
  severity: 'error',
  source: 'inference',
  statement: {
    da: 'En beslutning er ikke dateret efter i dag (dansk tid) og ikke før den beslutning, den følger; en afvisning nævner den tidligere beslutning, og en forkert dato rettes med "Ret beslutning".',
    en: 'A decision is not dated after today (Danish time) nor before the decision it follows; a refusal names the earlier decision, and a wrong date is corrected with "Ret beslutning" (correct decision).',
  },
};

export const appCooperationFirst: RuleInfo = {
  id: 'APP-COOPERATION-FIRST',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Planen udarbejdes i samarbejde med forvaltningerne, før den godkendes: en samarbejdsaftales dato ligger senest på dagen for indsendelsen til kommunen.',
    en: 'The plan is drafted in cooperation with the administrations before it is approved: a cooperation agreement is dated on or before the submission to the municipality.',
  },
};

export const appLock: RuleInfo = {
  id: 'APP-LOCK',
  severity: 'error',
  source: 'inference',
  statement: {
    da: 'Kun en plan under udarbejdelse (kladde eller ændring) kan ændres; en plan med tilsagn ændres i en ny revision, der godkendes igen, og tilsagnet rettes kun i dato og reference.',
    en: 'Only a plan being drafted (a draft or a change) can be edited; a committed plan changes in a new revision that is approved again, and the commitment is corrected only in date and reference.',
  },
};

export const approvalRules = [appOrder, appDecision, appCommittee, appDate, appCooperationFirst, appLock];

/** The ids a refused decision reports (`checkDecision`). */
export type ApprovalRuleId = 'APP-ORDER' | 'APP-DECISION' | 'APP-COMMITTEE' | 'APP-DATE' | 'APP-COOPERATION-FIRST';
