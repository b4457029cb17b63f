import { describe, expect, it } from 'vitest';
import { BudgetPage, NewPlanPage, PlanPage, PoolsPage } from './pages.ts';
import { pagesFor } from './SignedInApp.tsx';

const types = (pathname: string) => pagesFor(pathname).map((page) => page.type);

describe('the page preloaded for the address asked for', () => {
  it('is the page of the matching route', () => {
    expect(types('/planer/0d1c7c1e-1f39-4f0a-9c55-2f2b8f0b8a11')).toEqual([PlanPage]);
    expect(types('/planer/abc/budget')).toEqual([BudgetPage]);
    expect(types('/puljer')).toEqual([PoolsPage]);
  });

  it('is every page whose route matches (a literal segment and a parameter)', () => {
    expect(types('/planer/ny')).toEqual([NewPlanPage, PlanPage]);
  });

  it('is the not-found page for an unknown address', () => {
    const [page] = pagesFor('/findes/ikke');
    expect(pagesFor('/findes/ikke')).toHaveLength(1);
    expect(types('/')).not.toContain(page!.type);
  });
});
