/**
 * A success criterion as the forms hold it (texts as typed) and as the API takes it: its labels,
 * its conversion with the problems found before sending, and the mapping of the API's target
 * paths back to the plan years of the form.
 */
import type { CriterionInput } from '../../../domain/schemas/plans.ts';
import { numberOrMessage } from '../../components/numbers.ts';
import type { commonTexts } from '../../components/texts.ts';
import type { TextKey, Translate } from '../../texts.ts';
import type { Problem } from './PlanFormPage.tsx';
import type { planTexts } from './texts.ts';

type PlanT = Translate<TextKey<typeof commonTexts | typeof planTexts>>;

export type CriterionDraft = { description: string; name: string; unit: string; baseline: string; baselineYear: string; targets: Record<number, string> };

export const emptyCriterion = (): CriterionDraft => ({ description: '', name: '', unit: '', baseline: '', baselineYear: '', targets: {} });

export function criterionLabels(prefix: string, years: number[], t: PlanT): Record<string, string> {
  const labels: Record<string, string> = {
    [`${prefix}description`]: t('plans.criterionDescription'),
    [`${prefix}indicator.name`]: t('plans.indicator'),
    [`${prefix}indicator.unit`]: t('plans.unit'),
    [`${prefix}indicator.baselineValue`]: t('plans.baseline'),
    [`${prefix}indicator.baselineYear`]: t('plans.baselineYear'),
    [`${prefix}targets`]: t('plans.targets'),
  };
  years.forEach((y, i) => (labels[`${prefix}targets.${i}.value`] = t('plans.target', { year: y })));
  return labels;
}

/** The criterion as the API takes it, or the problems found before sending. */
export function criterionInput(c: CriterionDraft, prefix: string, years: number[], labels: Record<string, string>, t: PlanT): { input: CriterionInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const fill = (field: string) =>
    problems.push({ path: `body.${prefix}${field}`, rule: 'SCHEMA', message: t('common.fillIn', { label: labels[`${prefix}${field}`]!.toLocaleLowerCase() }) });
  if (c.description.trim() === '') fill('description');
  if (c.name.trim() === '') fill('indicator.name');
  /** The number typed at `field`, null when empty; a refused text becomes a problem. */
  const read = (text: string, kind: 'decimal' | 'year', field: string): number | null => {
    const r = numberOrMessage(text, kind, t);
    if (r && 'message' in r) problems.push({ path: `body.${prefix}${field}`, rule: 'INPUT', message: r.message });
    return r && 'value' in r ? r.value : null;
  };
  const baseline = read(c.baseline, 'decimal', 'indicator.baselineValue');
  const baselineYear = read(c.baselineYear, 'year', 'indicator.baselineYear');
  const targets: CriterionInput['targets'] = [];
  years.forEach((year, i) => {
    const value = read(c.targets[year] ?? '', 'decimal', `targets.${i}.value`);
    if (value !== null) targets.push({ year, value });
  });
  return {
    input: {
      description: c.description,
      indicator: { name: c.name, unit: c.unit.trim(), baselineValue: baseline, baselineYear },
      targets,
    },
    problems,
  };
}

/**
 * The API names targets by their index in the list it was sent (`targets.1.value`); the form names
 * them by the plan year's index. Sent targets skip empty years, so map the index back.
 */
export function targetPathsToYears(err: unknown, prefix: string, sentYears: number[], years: number[]): unknown {
  if (!(err instanceof Error) || !('violations' in err)) return err;
  const e = err as Error & { violations: Problem[] };
  for (const v of e.violations) {
    const m = new RegExp(`^body\\.${prefix.replaceAll('.', '\\.')}targets\\.(\\d+)(.*)$`).exec(v.path);
    if (m) v.path = `body.${prefix}targets.${years.indexOf(sentYears[Number(m[1])]!)}${m[2]}`;
  }
  return err;
}
