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
    da: 'En beslutning registreres kun i godkendelsesvejens rækkefølge: alle planens udvalg, Økonomiudvalget og Borgerrepræsentationen før bestyrelsen og Landsbyggefondens tilsagn, og ikke dateret før den foregående beslutning.',
    en: "A decision is recorded only in the order of the approval route: all the plan's committees, the Finance Committee and the City Council before the board and the fund's commitment, and not dated before the previous decision.",
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

export const appLock: RuleInfo = {
  id: 'APP-LOCK',
  severity: 'error',
  source: 'inference',
  statement: {
    da: 'Kun en plan under udarbejdelse (kladde eller ændring) kan ændres; en plan med tilsagn ændres i en ny revision, der godkendes igen, og tilsagnet rettes kun i dato og reference.',
    en: 'Only a plan being drafted (a draft or a change) can be edited; a committed plan changes in a new revision that is approved again, and the commitment is corrected only in date and reference.',
  },
};

export const approvalRules = [appOrder, appDecision, appLock];
