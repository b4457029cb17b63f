/**
 * Writes docs/rules.md, the rule catalogue, from src/domain/rules (`npm run docs:rules`).
 * test/docs/rules-doc.test.ts renders the page again in memory and fails when the file differs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleFamilies } from '../src/domain/rules/catalogue.ts';
import { ruleSourceNames, ruleSources } from '../src/domain/rules/rule.ts';

export const rulesDocFile = fileURLToPath(new URL('../docs/rules.md', import.meta.url));

const cell = (text: string) => text.replaceAll('|', '\\|');

export function renderRulesDoc(): string {
  const lines = [
    '# Rule catalogue',
    '',
    '<!-- Generated from src/domain/rules by `npm run docs:rules`; do not edit by hand. A test fails when this page and the code differ. -->',
    '',
    'Every business rule the code checks, once: the id the API reports in `violations[].rule`, the worst',
    'severity the rule reports (an error blocks, a warning is shown; a rule that errs may also warn), its',
    'source, and the rule in Danish and English. *Refused on write* marks the plan rules whose errors a',
    'write is refused for (422), rather than only reported in the rule report. Each rule is defined once,',
    'in the file named under its family; the API and the web call the same definition.',
    '',
    'Sources:',
    '',
    ...ruleSources.map((s) => `- \`${s}\`: ${ruleSourceNames[s].da} / ${ruleSourceNames[s].en}`),
  ];
  for (const family of ruleFamilies) {
    lines.push('', `## ${family.name.en} (${family.name.da})`, '', `Defined in \`${family.file}\`.`, '');
    lines.push('| id | severity | source | Danish | English |', '|---|---|---|---|---|');
    for (const r of family.rules) {
      const severity = r.refusedOnWrite ? `${r.severity}, refused on write` : r.severity;
      const sources = [r.source, ...(r.alsoSources ?? [])].map((x) => `\`${x}\``).join(', ');
      lines.push(`| \`${r.id}\` | ${severity} | ${sources} | ${cell(r.statement.da)} | ${cell(r.statement.en)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(rulesDocFile, renderRulesDoc());
  console.log(`Wrote ${rulesDocFile}`);
}
