import { describe, expect, it } from 'vitest';
import { emptyContractContent } from '../schemas/contracts.ts';
import {
  type ContractPlacement,
  type PartiesCheck,
  conAreaVulnerable,
  conInForce,
  conMunicipalInterface,
  conParties,
  conPerArea,
  conRevision,
  conValidity,
  conWorkingGroup,
  mostInForce,
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

describe('CON-IN-FORCE', () => {
  const period = (validFrom: string | null, validTo: string | null) => ({ validFrom, validTo });
  const inForce = (n: number, from: string | null, to: string | null) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, ...period(from, to) }));

  it('allows the fifth contract in force at one time and refuses the sixth', () => {
    const check = (others: number) => conInForce.check({ contract: period('2012-01-01', '2014-12-31'), others: inForce(others, '2011-01-01', '2014-12-31'), maxContractsPerUrbanArea: 5 });
    expect(check(4)).toEqual([]);
    expect(brief(check(5))).toEqual(['error:CON-IN-FORCE:content.validFrom']);
    expect(check(5)[0]!.message.en).toContain('already has 5 contracts in force on 2012-01-01');
  });

  it('counts across funding periods only the contracts whose validity overlaps', () => {
    const old = inForce(5, '2011-01-01', '2014-12-31');
    expect(conInForce.check({ contract: period('2015-01-01', '2018-12-31'), others: old, maxContractsPerUrbanArea: 5 })).toEqual([]);
    // One day of overlap is a day with six in force.
    expect(conInForce.check({ contract: period('2014-12-31', '2018-12-31'), others: old, maxContractsPerUrbanArea: 5 })).toHaveLength(1);
  });

  it('counts an open validity as open, and the most in force on one day, not all that overlap somewhere', () => {
    expect(conInForce.check({ contract: period(null, null), others: inForce(5, '2011-01-01', '2011-12-31'), maxContractsPerUrbanArea: 5 })).toHaveLength(1);
    expect(conInForce.check({ contract: period('2015-01-01', '2018-12-31'), others: inForce(5, null, null), maxContractsPerUrbanArea: 5 })).toHaveLength(1);
    // Five that follow each other are never in force together: one day holds at most one of them.
    const chain = ['2015', '2016', '2017', '2018', '2019'].map((y, i) => ({ id: `c${i}`, ...period(`${y}-01-01`, `${y}-12-31`) }));
    expect(mostInForce(period('2015-01-01', '2019-12-31'), chain)).toEqual({ count: 1, on: '2015-01-01' });
    expect(conInForce.check({ contract: period('2015-01-01', '2019-12-31'), others: chain, maxContractsPerUrbanArea: 2 })).toEqual([]);
    expect(conInForce.check({ contract: period('2015-01-01', '2019-12-31'), others: chain, maxContractsPerUrbanArea: 1 })).toHaveLength(1);
  });
});

describe('CON-AREA-VULNERABLE', () => {
  it('allows a contract in a vulnerable area and refuses one elsewhere', () => {
    expect(conAreaVulnerable.check({ urbanArea: { name: 'Nørrebro', vulnerable: true } })).toEqual([]);
    const refused = conAreaVulnerable.check({ urbanArea: { name: 'Østerbro', vulnerable: false } });
    expect(brief(refused)).toEqual(['error:CON-AREA-VULNERABLE:urbanAreaId']);
    expect(refused[0]!.message.da).toContain('Østerbro');
  });
});
