import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { purgeCss } from './purge.ts';

const full = readFileSync('node_modules/dkfds/dist/css/dkfds.min.css', 'utf8');

describe('the design system CSS the app uses', () => {
  it('keeps the rules of the classes the web sources name and drops the rest', async () => {
    const css = await purgeCss(full, process.cwd());
    for (const kept of ['.alert-success', '.alert-error', '.form-error', '.button-primary', '.mainmenu', '.input-width-xs', '.col-lg-5', '.skipnav', '.spinner', '@font-face'])
      expect(css.includes(kept), kept).toBe(true);
    for (const dropped of ['.accordion-button', '.date-picker__calendar', '.modal-header', '.pagination', '.overflow-menu', '.toast']) {
      expect(full.includes(dropped), dropped).toBe(true);
      expect(css.includes(dropped), dropped).toBe(false);
    }
    expect(css.length).toBeLessThan(full.length / 4);
  });
});
