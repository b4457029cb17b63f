import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../roles.ts';
import { periodOwner } from './periods.ts';

const actor = (role: Role, municipalityId: string | null = null): Actor => ({
  userId: 'u',
  role,
  scope: { municipalityId, administrationId: null, housingOrganisationId: null, urbanAreaId: null },
});

describe('PERIOD-OWNER', () => {
  it("lets only fund officers change the fund's parameters and catalogue", () => {
    expect(periodOwner.check({ actor: actor('fund_officer'), change: { kind: 'fund' } })).toEqual([]);
    for (const role of ['admin', 'case_worker', 'housing_staff', 'forum_member', 'researcher'] as const) {
      const found = periodOwner.check({ actor: actor(role, 'm1'), change: { kind: 'fund' } });
      expect(found.map((f) => f.rule), role).toEqual(['PERIOD-OWNER']);
    }
  });

  it("lets only the municipality's own admins change its parameters", () => {
    expect(periodOwner.check({ actor: actor('admin', 'm1'), change: { kind: 'municipal', municipalityId: 'm1' } })).toEqual([]);
    expect(periodOwner.check({ actor: actor('admin', 'm2'), change: { kind: 'municipal', municipalityId: 'm1' } }).map((f) => f.rule)).toEqual(['PERIOD-OWNER']);
    expect(periodOwner.check({ actor: actor('fund_officer'), change: { kind: 'municipal', municipalityId: 'm1' } }).map((f) => f.rule)).toEqual(['PERIOD-OWNER']);
    expect(periodOwner.check({ actor: actor('case_worker', 'm1'), change: { kind: 'municipal', municipalityId: 'm1' } })).toHaveLength(1);
  });
});
