import { describe, expect, it } from 'vitest';
import { emptyContractContent } from '../schemas/contracts.ts';
import {
  type ContractPlacement,
  type PartiesCheck,
  conMunicipalInterface,
  conParties,
  conPerArea,
  conRevision,
  conValidity,
  conWorkingGroup,
} from './contracts.ts';
import type { Finding } from './rule.ts';

const brief = (fs: Finding[]) => fs.map((f) => `${f.severity}:${f.rule}:${f.path}`);
const placement = (others: number, over: Partial<ContractPlacement> = {}): ContractPlacement => ({
  urbanAreaId: 'ua',
  interventionArea: { id: 'ia-new', name: 'Sundhed', municipalInterface: true },
  others: Array.from({ length: others }, (_, i) => ({ id: `c${i}`, interventionAreaId: `ia${i}` })),
  maxContractsPerUrbanArea: 5,
  ...over,
});

describe('CON-PER-AREA', () => {
  it('allows the first contract for a pair and refuses a second', () => {
    expect(conPerArea.check(placement(4))).toEqual([]);
    const dup = placement(1, { interventionArea: { id: 'ia0', name: 'Børn', municipalInterface: true } });
    expect(brief(conPerArea.check(dup))).toEqual(['error:CON-PER-AREA:interventionAreaId']);
    expect(conPerArea.check(dup)[0]!.message.en).toContain('already has a contract');
  });
});

describe('CON-MUNICIPAL-INTERFACE', () => {
  it('allows the fifth contract and refuses the sixth (the cap is the rule-set parameter)', () => {
    expect(conMunicipalInterface.check(placement(4))).toEqual([]);
    expect(brief(conMunicipalInterface.check(placement(5)))).toEqual(['error:CON-MUNICIPAL-INTERFACE:interventionAreaId']);
    expect(conMunicipalInterface.check(placement(5))[0]!.message.da).toContain('højst indgås 5');
    expect(conMunicipalInterface.check(placement(5, { maxContractsPerUrbanArea: 6 }))).toEqual([]);
  });
  it('refuses an intervention area without a municipal interface, even in an empty area', () => {
    const p = placement(0, { interventionArea: { id: 'x', name: 'Image og kommunikation', municipalInterface: false } });
    expect(brief(conMunicipalInterface.check(p))).toEqual(['error:CON-MUNICIPAL-INTERFACE:interventionAreaId']);
  });
  it('does not count a duplicate of the same pair against the cap (CON-PER-AREA reports that)', () => {
    const p = placement(5, { interventionArea: { id: 'ia4', name: 'Sundhed', municipalInterface: true } });
    expect(conMunicipalInterface.check(p)).toEqual([]);
    expect(brief(conPerArea.check(p))).toEqual(['error:CON-PER-AREA:interventionAreaId']);
  });
});

describe('CON-WORKING-GROUP', () => {
  it("needs an existing working group of the area's forum", () => {
    expect(conWorkingGroup.check({ urbanAreaId: 'ua', workingGroup: { id: 'wg', name: 'AG', urbanAreaId: 'ua' } })).toEqual([]);
    expect(brief(conWorkingGroup.check({ urbanAreaId: 'ua', workingGroup: { id: 'wg', name: 'AG', urbanAreaId: 'other' } }))).toEqual([
      'error:CON-WORKING-GROUP:workingGroupId',
    ]);
    expect(brief(conWorkingGroup.check({ urbanAreaId: 'ua', workingGroup: null }))).toEqual(['error:CON-WORKING-GROUP:workingGroupId']);
  });
});

describe('CON-PARTIES', () => {
  const check = (over: Partial<PartiesCheck['content']> = {}, basis: 'plans' | 'estates' = 'plans'): Finding[] =>
    conParties.check({
      content: { ...emptyContractContent(), parties: { administrationIds: ['buf'], housingOrganisationIds: ['fsb'] }, ...over },
      eligible: { administrationIds: ['buf', 'bif'], housingOrganisationIds: ['fsb', 'aab'], basis },
    });

  it('accepts administrations of the municipality and organisations with plans in the area', () => {
    expect(check()).toEqual([]);
  });
  it('refuses other parties, naming the basis of eligibility', () => {
    const fs = check({ parties: { administrationIds: ['buf', 'aarhus'], housingOrganisationIds: ['lejerbo'] } });
    expect(brief(fs)).toEqual(['error:CON-PARTIES:content.parties.administrationIds.1', 'error:CON-PARTIES:content.parties.housingOrganisationIds.0']);
    expect(fs[1]!.message.en).toBe('The housing organisation has no plan in the urban area');
    const byEstates = check({ parties: { administrationIds: [], housingOrganisationIds: ['lejerbo'] } }, 'estates');
    expect(byEstates[0]!.message.en).toBe('The housing organisation has no estates in the urban area');
  });
  it('gives tasks and the municipal part only to parties', () => {
    const fs = check({
      tasks: [
        { party: { kind: 'administration', id: 'buf' }, task: 'Lektiecafé' },
        { party: { kind: 'housing_organisation', id: 'aab' }, task: 'Lokaler' },
      ],
      municipalPart: [
        { kind: 'staff', description: 'SSP-medarbejder', administrationId: 'bif', hoursPerYear: 800, amountOrePerYear: null },
        { kind: 'network', description: 'Netværk', administrationId: null, hoursPerYear: null, amountOrePerYear: null },
      ],
    });
    expect(brief(fs)).toEqual(['error:CON-PARTIES:content.tasks.1.party', 'error:CON-PARTIES:content.municipalPart.0.administrationId']);
  });
  it('warns while a side has no party', () => {
    expect(brief(check({ parties: { administrationIds: ['buf'], housingOrganisationIds: [] } }))).toEqual(['warning:CON-PARTIES:content.parties']);
  });
});

describe('CON-REVISION', () => {
  it('edits only drafts, revises only approved contracts, and never backdates before the current version', () => {
    expect(conRevision.check({ kind: 'draft_edit', status: 'draft' })).toEqual([]);
    expect(brief(conRevision.check({ kind: 'draft_edit', status: 'approved' }))).toEqual(['error:CON-REVISION:status']);
    const revise = { kind: 'forum_revision' as const, status: 'approved' as const, latestDecisionDate: '2013-03-01' };
    expect(conRevision.check({ ...revise, decisionDate: '2013-03-01' })).toEqual([]);
    expect(brief(conRevision.check({ ...revise, decisionDate: '2013-02-28' }))).toEqual(['error:CON-REVISION:decisionDate']);
    expect(brief(conRevision.check({ ...revise, status: 'draft', decisionDate: '2014-01-01' }))).toEqual(['error:CON-REVISION:status']);
  });
});

describe('CON-VALIDITY', () => {
  it('lets a period start and end on the same day, not end before it starts', () => {
    expect(conValidity.check({ validFrom: '2013-01-01', validTo: '2013-01-01' })).toEqual([]);
    expect(conValidity.check({ validFrom: null, validTo: '2013-01-01' })).toEqual([]);
    expect(brief(conValidity.check({ validFrom: '2013-01-02', validTo: '2013-01-01' }))).toEqual(['error:CON-VALIDITY:content.validTo']);
  });
});
