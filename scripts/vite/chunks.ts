/**
 * How the web app is cut into chunks, for few round trips on a slow line (a browser opens at most
 * six connections to a host over HTTP/1.1, so twenty small chunks cost several waits in a row):
 *  - the entry: what every page needs, the sign-in page's frame (react, react-dom, the router);
 *  - `forms`: the form components (the sign-in page and every editing page);
 *  - `signed-in`: the signed-in app (TanStack Query, routes) with every component and domain
 *    module the features share;
 *  - one chunk per feature (src/web/features/X) with its pages and what only it uses.
 * A signed-in page thus loads four chunks; `preloadFirstChunks` starts the second and third beside
 * the entry, before it has run (and the signed-in app starts the page's own as it runs).
 */
import type { Plugin } from 'vite';

const feature = (id: string) => /src[\\/]web[\\/]features[\\/]([^\\/]+)[\\/]/.exec(id)?.[1];

/** Shared by the signed-in app whoever uses them: the domain, the components, the app's own modules. */
const shared = /src[\\/](domain[\\/]|web[\\/](components[\\/]|[^\\/]+\.tsx?$))|node_modules[\\/]@tanstack[\\/]/;

type ModuleInfo = { importers: readonly string[]; dynamicImporters: readonly string[] };
type Context = { getModuleInfo: (id: string) => ModuleInfo | null };

/** The module's chunk group: `signed-in`, or null to leave it to the feature group (or to Rolldown). */
export function sharedGroup(id: string, ctx: Context): 'signed-in' | null {
  if (shared.test(id)) return 'signed-in';
  const own = feature(id);
  if (!own || own === 'auth') return null;
  const info = ctx.getModuleInfo(id);
  // A page (loaded by its route) stays with its feature; a module another feature imports is shared.
  if (!info || info.dynamicImporters.length > 0) return null;
  return info.importers.some((importer) => feature(importer) !== own) ? 'signed-in' : null;
}

export const codeSplitting = {
  groups: [
    // The entry's own modules stay in the entry (first, so that no later group takes one of them).
    { name: 'index', tags: ['$initial' as const], priority: 4 },
    { name: 'forms', test: /src[\\/]web[\\/]components[\\/](Fields|Form)\.tsx$/, priority: 3 },
    { name: sharedGroup, debugName: 'signed-in', priority: 2 },
    { name: (id: string) => (feature(id) === 'auth' ? null : (feature(id) ?? null)), debugName: 'features', priority: 1 },
  ],
};

type Chunk = { fileName: string; isEntry: boolean; imports: string[]; moduleIds: string[]; viteMetadata?: { importedCss: Set<string> } };

/** The links that load the chunk holding `module` and what it imports (but the entry), with their CSS. */
export function linksFor(chunks: Chunk[], module: RegExp): (readonly [rel: 'modulepreload' | 'preload', href: string])[] {
  const start = chunks.find((c) => c.moduleIds.some((id) => module.test(id)));
  if (!start) throw new Error(`no chunk holds ${module}`);
  const files = new Set<string>();
  const css = new Set<string>();
  const visit = (file: string) => {
    const chunk = chunks.find((c) => c.fileName === file);
    if (!chunk || chunk.isEntry || files.has(file)) return;
    files.add(file);
    chunk.viteMetadata?.importedCss.forEach((f) => css.add(f));
    chunk.imports.forEach(visit);
  };
  visit(start.fileName);
  return [...[...files].map((f) => ['modulepreload', `/${f}`] as const), ...[...css].map((f) => ['preload', `/${f}`] as const)];
}

/**
 * An inline script at the top of index.html that preloads, beside the entry instead of after it
 * has run, the chunks of the sign-in page on `signInPath` and of the signed-in app anywhere else,
 * with their CSS (which Vite's loader links, after the entry's, once a chunk is asked for).
 */
export function preloadFirstChunks(signInPath: string): Plugin {
  return {
    name: 'boligsocial-preload-first-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const chunks = Object.values(ctx.bundle).filter((item) => item.type === 'chunk');
        const signIn = linksFor(chunks, /src[\\/]web[\\/]features[\\/]auth[\\/]SignInPage\.tsx$/);
        const signedIn = linksFor(chunks, /src[\\/]web[\\/]SignedInApp\.tsx$/);
        const choose = `location.pathname===${JSON.stringify(signInPath)}?${JSON.stringify(signIn)}:${JSON.stringify(signedIn)}`;
        return [
          {
            tag: 'script',
            injectTo: 'head-prepend',
            children: `for(const[r,h]of ${choose}){const l=document.createElement("link");l.rel=r;if(r==="preload")l.as="style";l.crossOrigin="";l.href=h;document.head.append(l)}`,
          },
        ];
      },
    },
  };
}
