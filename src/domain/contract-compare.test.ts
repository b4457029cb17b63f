import { describe, expect, it } from 'vitest';
import { compareContractVersions, sameValue } from './contract-compare.ts';
import { type ContractContent, emptyContractContent } from './schemas/contracts.ts';

const v1 = (): ContractContent => ({
  ...emptyContractContent(),
  parties: { administrationIds: ['buf', 'bif'], housingOrganisationIds: ['fsb'] },
  purpose: 'Flere unge i uddannelse',
  goals: ['Flere i uddannelse', 'Færre ledige'],
  contactPersons: [{ name: 'Anne Holm', role: 'Formand' }],
  municipalPart: [{ kind: 'staff', description: 'UU-vejleder', administrationId: 'buf', hoursPerYear: 800, amountOrePerYear: null }],
  validFrom: '2013-01-01',
  validTo: '2016-12-31',
});

const field = (a: ContractContent, b: ContractContent, name: string) => compareContractVersions(a, b).fields.find((f) => f.field === name)!;

describe('compareContractVersions', () => {
  it('finds nothing between equal versions, and lists every field in a fixed order', () => {
    const c = compareContractVersions(v1(), v1());
    expect(c.changed).toBe(false);
    expect(c.fields.map((f) => f.field)).toEqual([
      'parties.administrationIds', 'parties.housingOrganisationIds', 'purpose', 'goals', 'activities', 'tasks',
      'municipalPart', 'contactPersons', 'validFrom', 'validTo', 'revisionClause',
    ]);
    expect(c.fields.every((f) => !f.changed)).toBe(true);
  });

  it('shows a changed scalar field with both values', () => {
    const b = { ...v1(), purpose: 'Flere unge i job', validTo: '2017-06-30' };
    const c = compareContractVersions(v1(), b);
    expect(c.changed).toBe(true);
    expect(c.fields.filter((f) => f.changed).map((f) => f.field)).toEqual(['purpose', 'validTo']);
    expect(field(v1(), b, 'purpose')).toMatchObject({ from: 'Flere unge i uddannelse', to: 'Flere unge i job' });
  });

  it('matches list items by identity: added, removed, changed (with the changed fields), unchanged', () => {
    const b = v1();
    b.goals = ['Færre ledige', 'Mere trivsel'];
    b.contactPersons = [{ name: 'Anne Holm', role: 'Næstformand' }, { name: 'Lars Bech', role: 'Sekretær' }];
    b.parties.administrationIds = ['bif', 'buf'];
    const goals = field(v1(), b, 'goals');
    expect(goals.items!.map((i) => `${i.change}:${i.key}`)).toEqual(['unchanged:Færre ledige', 'added:Mere trivsel', 'removed:Flere i uddannelse']);
    const people = field(v1(), b, 'contactPersons');
    expect(people.items!.map((i) => `${i.change}:${i.key}:${i.changedFields.join(',')}`)).toEqual(['changed:Anne Holm:role', 'added:Lars Bech:']);
    // Reordered only: the list changed, but every item is unchanged.
    const admins = field(v1(), b, 'parties.administrationIds');
    expect(admins.changed).toBe(true);
    expect(admins.items!.every((i) => i.change === 'unchanged')).toBe(true);
  });

  it('tells the municipal part apart by kind and description and shows hours → money', () => {
    const b = v1();
    b.municipalPart = [{ ...b.municipalPart[0]!, hoursPerYear: null, amountOrePerYear: 250_000_00 }];
    const items = field(v1(), b, 'municipalPart').items!;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ change: 'changed', changedFields: ['hoursPerYear', 'amountOrePerYear'] });
  });

  it('keeps duplicate keys apart', () => {
    const a = { ...v1(), goals: ['Mål', 'Mål'] };
    const b = { ...v1(), goals: ['Mål'] };
    expect(field(a, b, 'goals').items!.map((i) => `${i.change}:${i.key}`)).toEqual(['unchanged:Mål', 'removed:Mål#2']);
  });
});

describe('sameValue', () => {
  it('ignores key order, not array order', () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, {})).toBe(false);
  });
});
