import { describe, expect, it } from 'vitest';
import { emptyContractContent } from '../../../domain/contracts.ts';
import { ApiError } from '../../api.ts';
import { commonTexts } from '../../components/texts.ts';
import { translator } from '../../texts.ts';
import { contentOf, draftOf } from './contract-draft.ts';

const t = translator('da', commonTexts);
const staff = { kind: 'staff' as const, description: 'UU-vejleder', administrationId: 'buf', hoursPerYear: 1500, amountOrePerYear: 41_250_050 };

describe('the contract form', () => {
  it('keeps hours and kroner both, as typed in Danish notation', () => {
    const draft = draftOf({ ...emptyContractContent(), municipalPart: [staff] });
    expect(draft.municipalPart[0]).toMatchObject({ hoursText: '1.500', amountText: '412.500,50' });
    expect(contentOf(draft, t).municipalPart).toEqual([staff]);
    const typed = { ...draft, municipalPart: [{ ...draft.municipalPart[0]!, hoursText: '2.000', amountText: '1.000' }] };
    expect(contentOf(typed, t).municipalPart[0]).toMatchObject({ hoursPerYear: 2000, amountOrePerYear: 100_000 });
  });

  it('refuses a number that is no Danish number, at its field, instead of dropping it', () => {
    const draft = draftOf({ ...emptyContractContent(), municipalPart: [staff] });
    const typed = { ...draft, municipalPart: [{ ...draft.municipalPart[0]!, hoursText: '12,5', amountText: '12.5' }] };
    let refused: unknown;
    try {
      contentOf(typed, t);
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).violations.map((v) => v.path)).toEqual(['body.content.municipalPart.0.hoursPerYear', 'body.content.municipalPart.0.amountOrePerYear']);
  });
});
