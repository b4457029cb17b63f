/** What a rule is and what it finds. Every rule is listed in catalogue.ts, which docs/rules.md shows. */
import type { Text, Violation } from '../errors.ts';

export type Severity = 'error' | 'warning';

export const ruleSources = ['fact_sheet', 'lbf_2011_14', 'kk', 'inference'] as const;
export type RuleSource = (typeof ruleSources)[number];

export const ruleSourceNames: Record<RuleSource, Text> = {
  fact_sheet: { da: 'Faktaark om boligsociale helhedsplaner', en: 'Fact sheet on housing-social plans' },
  lbf_2011_14: { da: 'Landsbyggefonden, regulativ og vejledning 2011–14', en: 'Landsbyggefonden, regulation and guidance 2011–14' },
  kk: { da: 'Københavns Kommune (kk.dk)', en: 'Copenhagen Municipality (kk.dk)' },
  inference: { da: 'Systemets egen udledning', en: 'Our inference' },
};

/** One thing a rule found wrong with a plan; `path` points at the field (e.g. `budgetLines.3.amountOre`). */
export type Finding = { rule: string; severity: Severity; message: Text; path: string; source: RuleSource };

export type Rule<Input> = {
  id: string;
  /** The worst severity this rule reports. */
  severity: Severity;
  source: RuleSource;
  /** Further sources that state the rule or its figure (e.g. the fact sheet besides kk.dk). */
  alsoSources?: readonly RuleSource[];
  /** The rule in one plain sentence. */
  statement: Text;
  check: (input: Input) => Finding[];
};

/** A rule as the catalogue lists it: everything but the check. */
export type RuleInfo = Pick<Rule<never>, 'id' | 'severity' | 'source' | 'alsoSources' | 'statement'>;

/** Builds findings of one rule with its id and source filled in. */
export const finder =
  (rule: Pick<Rule<unknown>, 'id' | 'source'>) =>
  (severity: Severity, path: string, message: Text): Finding => ({ rule: rule.id, severity, path, message, source: rule.source });

export const toViolation = (f: Finding): Violation => ({ rule: f.rule, message: f.message, path: f.path });
