/**
 * Builds the web app (vite build into dist/web) when it is missing or older than its sources, so
 * that `npm start` and `npm test` work straight after `npm ci` and stay fast afterwards.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = 'dist/web/index.html';
const sources = ['src/web', 'src/domain', 'index.html', 'vite.config.ts', 'scripts/vite', 'package-lock.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

if (!existsSync('index.html')) {
  // No web app in this tree (yet): nothing to build.
} else if (!existsSync(out) || Math.max(...sources.map(newest)) > statSync(out).mtimeMs) {
  const t0 = performance.now();
  const { build } = await import('vite');
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`Built the web app in ${Math.round(performance.now() - t0)} ms`);
}
