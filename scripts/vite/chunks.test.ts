import { describe, expect, it } from 'vitest';
import { linksFor, sharedGroup } from './chunks.ts';

const root = '/app/src/web';
const modules: Record<string, { importers: string[]; dynamicImporters: string[] }> = {
  [`${root}/features/plans/PlanPage.tsx`]: { importers: [], dynamicImporters: [`${root}/pages.ts`] },
  [`${root}/features/plans/budget-cells.ts`]: { importers: [`${root}/features/plans/BudgetPage.tsx`], dynamicImporters: [] },
  [`${root}/features/plans/RuleReport.tsx`]: { importers: [`${root}/features/plans/PlanPage.tsx`, `${root}/features/pools/PoolPage.tsx`], dynamicImporters: [] },
  [`${root}/features/auth/texts.ts`]: { importers: [`${root}/features/plans/PlanPage.tsx`], dynamicImporters: [] },
};
const ctx = { getModuleInfo: (id: string) => modules[id] ?? null };

describe('the chunk groups', () => {
  it('put the app modules, components, domain and TanStack Query in the signed-in chunk', () => {
    expect(sharedGroup(`${root}/cache.ts`, ctx)).toBe('signed-in');
    expect(sharedGroup(`${root}/components/DataTable.tsx`, ctx)).toBe('signed-in');
    expect(sharedGroup('/app/src/domain/rules/report.ts', ctx)).toBe('signed-in');
    expect(sharedGroup('/app/node_modules/@tanstack/query-core/build/modern/index.js', ctx)).toBe('signed-in');
    expect(sharedGroup('/app/node_modules/react-dom/index.js', ctx)).toBeNull();
  });

  it('share a feature module another feature imports, and leave pages and private modules to their feature', () => {
    expect(sharedGroup(`${root}/features/plans/RuleReport.tsx`, ctx)).toBe('signed-in');
    expect(sharedGroup(`${root}/features/plans/PlanPage.tsx`, ctx)).toBeNull();
    expect(sharedGroup(`${root}/features/plans/budget-cells.ts`, ctx)).toBeNull();
    expect(sharedGroup(`${root}/features/auth/texts.ts`, ctx)).toBeNull();
  });
});

describe('the links index.html preloads', () => {
  const chunk = (fileName: string, moduleIds: string[], imports: string[], css: string[] = [], isEntry = false) => ({
    fileName,
    isEntry,
    imports,
    moduleIds,
    viteMetadata: { importedCss: new Set(css) },
  });
  const chunks = [
    chunk('assets/index-1.js', ['/app/src/web/main.tsx'], [], ['assets/index-1.css'], true),
    chunk('assets/signed-in-2.js', ['/app/src/web/SignedInApp.tsx'], ['assets/index-1.js', 'assets/forms-3.js'], ['assets/signed-in-2.css']),
    chunk('assets/forms-3.js', ['/app/src/web/components/Form.tsx'], ['assets/index-1.js']),
  ];

  it('are the chunk of the module, what it imports but the entry, and their CSS', () => {
    expect(linksFor(chunks, /SignedInApp\.tsx$/)).toEqual([
      ['modulepreload', '/assets/signed-in-2.js'],
      ['modulepreload', '/assets/forms-3.js'],
      ['preload', '/assets/signed-in-2.css'],
    ]);
    expect(() => linksFor(chunks, /Missing\.tsx$/)).toThrow(/no chunk/);
  });
});
