import { describe, expect, it } from 'vitest';
import * as approval from './approval.ts';
import { ruleCatalogue, ruleFamilies } from './catalogue.ts';
import * as contracts from './contracts.ts';
import * as contractsWithPlans from './contracts-with-plans.ts';
import * as financing from './financing.ts';
import * as fora from './fora.ts';
import * as periods from './periods.ts';
import * as plans from './plans.ts';
import * as pools from './pools.ts';
import { refusedOnWrite } from './report.ts';

/** The rule definitions a module exports (objects with an id, a severity and a statement). */
const definedIn = (module: Record<string, unknown>) =>
  Object.values(module).flatMap((v) => (typeof v === 'object' && v !== null && 'id' in v && 'statement' in v ? [(v as { id: string }).id] : []));

describe('the rule catalogue', () => {
  it('lists every rule once, by family, in the order of docs/rules.md', () => {
    expect(ruleFamilies.map((f) => [f.name.en, f.rules.map((r) => r.id)])).toEqual([
      ['Plans', ['PLAN-PERIOD', 'PLAN-ESTATES', 'PLAN-AREA', 'PLAN-GOALS', 'PLAN-ACTIVITY-AREA']],
      ['Financing', ['FIN-FRAME', 'FIN-MUNICIPAL-CAP', 'FIN-MUNICIPAL-SPLIT', 'FIN-COOPERATION', 'FIN-LOCAL-SHARE', 'FIN-FUND-PRIMARY']],
      ['Municipal pools', ['FIN-POOL-CAP', 'FIN-POOL-VULNERABLE', 'FIN-POOL-PLAN-CAP', 'FIN-POOL-COOPERATION', 'FIN-POOL-PERIOD', 'FIN-POOL-COMMITTED', 'FIN-POOL-MATCH']],
      ['Approval', ['APP-ORDER', 'APP-DECISION', 'APP-COMMITTEE', 'APP-DATE', 'APP-COOPERATION-FIRST', 'APP-LOCK']],
      ['Contracts with the plans', ['APP-CONTRACTS-WITH-PLANS']],
      ['Cooperation contracts', ['CON-PER-AREA', 'CON-MUNICIPAL-INTERFACE', 'CON-IN-FORCE', 'CON-AREA-VULNERABLE', 'CON-WORKING-GROUP', 'CON-PARTIES', 'CON-REVISION', 'CON-VALIDITY']],
      ['Fora', ['FORUM-VULNERABLE', 'FORUM-MEMBERS']],
      ['Funding periods', ['PERIOD-OWNER']],
    ]);
    const ids = ruleCatalogue.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('misses no rule defined in src/domain/rules (FIN-POOL is the pool rules seen from a plan)', () => {
    const defined = [plans, financing, pools, approval, contractsWithPlans, contracts, fora, periods].flatMap(definedIn).filter((id) => id !== 'FIN-POOL');
    expect([...new Set(defined)].sort()).toEqual(ruleCatalogue.map((r) => r.id).sort());
  });

  it('gives each rule a statement in Danish and English, and marks the rules a write is refused for', () => {
    for (const r of ruleCatalogue) {
      expect(r.statement.da.length, r.id).toBeGreaterThan(10);
      expect(r.statement.en.length, r.id).toBeGreaterThan(10);
      expect(r.statement.da, r.id).not.toBe(r.statement.en);
    }
    expect(ruleCatalogue.filter((r) => r.refusedOnWrite).map((r) => r.id)).toEqual([...refusedOnWrite]);
  });
});
