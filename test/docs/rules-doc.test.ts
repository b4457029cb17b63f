import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc, rulesDocFile } from '../../scripts/generate-rules-doc.ts';
import { ruleCatalogue } from '../../src/domain/rules/catalogue.ts';

describe('docs/rules.md', () => {
  it('is what `npm run docs:rules` generates from src/domain/rules (run it after changing a rule)', () => {
    expect(readFileSync(rulesDocFile, 'utf8')).toBe(renderRulesDoc());
  });
  it('shows every rule of the catalogue with its id, severity, source and both languages', () => {
    const page = renderRulesDoc();
    for (const r of ruleCatalogue) {
      const row = page.split('\n').find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(row, r.id).toBeDefined();
      expect(row).toContain(` ${r.severity}`);
      expect(row).toContain(`\`${r.source}\``);
      expect(row).toContain(r.statement.da);
      expect(row).toContain(r.statement.en);
    }
  });
});
