import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // As in vite.config.ts: the design system's files (icons) for the web modules under test.
  resolve: { alias: { '~dkfds': fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
