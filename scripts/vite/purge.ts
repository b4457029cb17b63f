/**
 * Only the design system's CSS that the app uses: at build time PurgeCSS drops every DKFDS rule
 * whose selector names a class, element or attribute value that no web source names (index.html,
 * src/web). So write DKFDS class names whole in the sources (`'alert alert-info'`, not
 * `alert-${variant}`): src/web/class-names.test.ts checks that. The dev server serves DKFDS whole.
 */
import { join } from 'node:path';
import { PurgeCSS } from 'purgecss';
import type { Plugin } from 'vite';

/** The sources whose words keep a selector, relative to the project root. */
export const contentGlobs = ['index.html', 'src/web/**/*.ts', 'src/web/**/*.tsx'];

export async function purgeCss(css: string, root: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: contentGlobs.map((glob) => join(root, glob)),
    css: [{ raw: css }],
    // Unused @keyframes go too; @font-face rules stay (the fonts plugin declares them, browsers fetch only what is used).
    keyframes: true,
    fontFace: false,
  });
  if (!result) throw new Error('PurgeCSS returned nothing');
  return result.css;
}

export function purgeDesignSystemCss(): Plugin {
  let root = process.cwd();
  return {
    name: 'boligsocial-purge-design-system-css',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.includes('dkfds') || !file.endsWith('.css')) return null;
      return { code: await purgeCss(code, root), map: null };
    },
  };
}
