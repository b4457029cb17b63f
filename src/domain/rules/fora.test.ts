import { describe, expect, it } from 'vitest';
import { type ForumComposition, forumMembers, forumVulnerable } from './fora.ts';
import type { Finding } from './rule.ts';

const brief = (fs: Finding[]) => fs.map((f) => `${f.severity}:${f.rule}:${f.path}`);
const area = (vulnerable: boolean) => ({ name: 'Østerbro', vulnerable });

describe('FORUM-VULNERABLE', () => {
  it('lets a vulnerable area have a forum and refuses one for another area', () => {
    expect(forumVulnerable.check({ action: 'create', area: area(true) })).toEqual([]);
    const refused = forumVulnerable.check({ action: 'create', area: area(false) });
    expect(brief(refused)).toEqual(['error:FORUM-VULNERABLE:urbanAreaId']);
    expect(refused[0]!.message.en).toContain('not vulnerable');
  });

  it('lets an area stop being vulnerable only while its forum is empty (the forum is then closed)', () => {
    expect(forumVulnerable.check({ action: 'keep', area: area(false), forum: { members: 0, workingGroups: 0 } })).toEqual([]);
    expect(brief(forumVulnerable.check({ action: 'keep', area: area(false), forum: { members: 1, workingGroups: 0 } }))).toEqual([
      'error:FORUM-VULNERABLE:vulnerable',
    ]);
    expect(brief(forumVulnerable.check({ action: 'keep', area: area(false), forum: { members: 0, workingGroups: 1 } }))).toEqual([
      'error:FORUM-VULNERABLE:vulnerable',
    ]);
    expect(forumVulnerable.check({ action: 'keep', area: area(true), forum: { members: 3, workingGroups: 2 } })).toEqual([]);
  });
});

describe('FORUM-MEMBERS', () => {
  const composition = (members: ForumComposition['members']): ForumComposition => ({
    administrations: [
      { id: 'a1', name: 'Teknik- og Miljøforvaltningen' },
      { id: 'a2', name: 'Socialforvaltningen' },
    ],
    housingOrganisations: [{ id: 'h1', name: 'fsb' }],
    members,
  });
  const adm = (id: string) => ({ administrationId: id, housingOrganisationId: null });
  const org = (id: string) => ({ administrationId: null, housingOrganisationId: id });

  it('finds nothing when every administration and organisation with plans is represented', () => {
    expect(forumMembers.check(composition([adm('a1'), adm('a2'), org('h1'), { administrationId: null, housingOrganisationId: null }]))).toEqual([]);
  });

  it('warns once for each one missing, naming it', () => {
    const one = forumMembers.check(composition([adm('a1'), org('h1')]));
    expect(brief(one)).toEqual(['warning:FORUM-MEMBERS:members']);
    expect(one[0]!.message.da).toContain('Socialforvaltningen');
    const all = forumMembers.check(composition([]));
    expect(brief(all)).toHaveLength(3);
    expect(all.map((f) => f.message.en).at(-1)).toContain('fsb');
  });
});
