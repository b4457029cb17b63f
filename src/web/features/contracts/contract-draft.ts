/**
 * A contract's content as its form holds it: the municipal part's hours and kroner as typed, so
 * that nothing typed vanishes. `draftOf` fills the texts from the content, `contentOf` reads them
 * with the one parser of numbers typed (components/numbers.ts) — hours and kroner are both kept
 * when both are given — and refuses a text that is no number with a message at its field.
 */
import type { ContractContent } from '../../../domain/schemas/contracts.ts';
import { ApiError, type ApiViolation } from '../../api.ts';
import { numberInputText, numberOrMessage } from '../../components/numbers.ts';
import type { commonTexts } from '../../components/texts.ts';
import type { TextKey, Translate } from '../../texts.ts';

type Item = ContractContent['municipalPart'][number];

export type MunicipalPartDraft = Item & { hoursText: string; amountText: string };

export type ContractDraft = Omit<ContractContent, 'municipalPart'> & { municipalPart: MunicipalPartDraft[] };

/** The most hours a year the API takes for one item. */
const maxHours = 100_000;

export const blankMunicipalPart = (): MunicipalPartDraft => ({
  kind: 'staff',
  description: '',
  administrationId: null,
  hoursPerYear: null,
  amountOrePerYear: null,
  hoursText: '',
  amountText: '',
});

export const draftOf = (c: ContractContent): ContractDraft => ({
  ...c,
  municipalPart: c.municipalPart.map((m) => ({ ...m, hoursText: numberInputText(m.hoursPerYear, 'whole'), amountText: numberInputText(m.amountOrePerYear, 'kroner') })),
});

/** The content to send (empty goal lines dropped), or an ApiError naming each number that is refused. */
export function contentOf(d: ContractDraft, t: Translate<TextKey<typeof commonTexts>>): ContractContent {
  const violations: ApiViolation[] = [];
  const read = (text: string, kind: 'whole' | 'kroner', path: string): number | null => {
    const r = numberOrMessage(text, kind, t, kind === 'whole' ? { min: 1, max: maxHours } : {});
    if (r && 'message' in r) violations.push({ rule: 'INPUT', path: `body.content.${path}`, message: r.message });
    return r && 'value' in r ? r.value : null;
  };
  const municipalPart = d.municipalPart.map(({ hoursText, amountText, ...m }, i) => ({
    ...m,
    hoursPerYear: read(hoursText, 'whole', `municipalPart.${i}.hoursPerYear`),
    amountOrePerYear: read(amountText, 'kroner', `municipalPart.${i}.amountOrePerYear`),
  }));
  if (violations.length > 0) throw new ApiError({ title: t('common.errorSummary'), status: 0, violations });
  return { ...d, goals: d.goals.map((g) => g.trim()).filter(Boolean), municipalPart };
}
