/**
 * The build keeps only the design system's CSS whose class names the web sources name
 * (scripts/vite/purge.ts), so a class name put together at run time (`alert-${variant}`) would lose
 * its styles in production while working in development. Class names are written whole.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir = 'src/web'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The expressions of the `className={…}` attributes of a source. */
function classNameExpressions(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/className=\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < source.length && depth > 0; i++) depth += source[i] === '{' ? 1 : source[i] === '}' ? -1 : 0;
    found.push(source.slice(m.index + m[0].length, i - 1));
  }
  return found;
}

/** Template literals in className attributes in which a class name runs into `${…}`: `alert-${variant}`. */
export function glued(source: string): string[] {
  return classNameExpressions(source).flatMap((expression) =>
    [...expression.matchAll(/`[^`]*`/g)].map((m) => m[0]).filter((literal) => /[a-z0-9_-]-\$\{/i.test(literal)),
  );
}

describe('class names in the web sources', () => {
  it('finds a class name put together at run time', () => {
    expect(glued('<div className={`alert alert-${variant}`} role="alert">')).toEqual(['`alert alert-${variant}`']);
    expect(glued('<li className={`finding finding-${f.severity}`}>')).toHaveLength(1);
    expect(glued('<div className={`form-group${error ? ` form-error` : ""}`}>')).toEqual([]);
    expect(glued('<input id={`budget-${key}`} className={c ? `form-input ${c}` : "form-input"} />')).toEqual([]);
  });

  it('are written whole', () => {
    const found = sources().flatMap((file) => glued(readFileSync(file, 'utf8')).map((literal) => `${file}: ${literal}`));
    expect(found).toEqual([]);
  });
});
