#!/usr/bin/env node
// The `boligsocial` command. Plain JavaScript so that any Node can start it: the CLI itself is
// TypeScript (src/cli/main.ts) and needs a Node with type stripping (22.18 or later). On an older
// Node this re-runs the CLI with the Node 24 that `npm ci` installs in node_modules/node.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'src', 'cli', 'main.ts');

const [major, minor] = process.versions.node.split('.').map(Number);
const recentEnough = major > 22 || (major === 22 && minor >= 18);
const stripsTypes = process.features.typescript !== undefined && process.features.typescript !== false;

if (recentEnough && stripsTypes) {
  await import(pathToFileURL(main).href);
} else {
  const bundled = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(bundled)) {
    console.error(
      `boligsocial: Node ${process.version} cannot run TypeScript; use Node 22.18 or later, ` +
        'or run "npm ci" here to install the Node 24 it ships with.',
    );
    process.exit(1);
  }
  const child = spawn(bundled, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C reaches the child through the terminal; a signal sent to this process alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
}
