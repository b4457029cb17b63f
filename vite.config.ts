/** The web app: React + Vite. `npm run dev` serves it with /api proxied to the API on port 3000. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';
import { codeSplitting, preloadFirstChunks } from './scripts/vite/chunks.ts';
import { designSystemFonts } from './scripts/vite/fonts.ts';
import { purgeDesignSystemCss } from './scripts/vite/purge.ts';

const dkfds = fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url));

/** Writes `name.br` and `name.gz` beside every text file of the build, for the server to send as they are. */
function precompress(): Plugin {
  return {
    name: 'boligsocial-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist/web';
      for (const [name, item] of Object.entries(bundle)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(name)) continue;
        const content = item.type === 'chunk' ? Buffer.from(item.code) : Buffer.from(item.source);
        if (content.length < 1024) continue;
        writeFileSync(join(dir, `${name}.br`), brotliCompressSync(content));
        writeFileSync(join(dir, `${name}.gz`), gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [purgeDesignSystemCss(), designSystemFonts(), react(), preloadFirstChunks('/log-ind'), precompress()],
  // dkfds only exports its JavaScript; its compiled CSS, fonts and icons are reached by this alias.
  resolve: { alias: { '~dkfds': dkfds } },
  // No source maps in the served build: the sources are public anyway, but not through production.
  // Chunks: see scripts/vite/chunks.ts.
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: { output: { codeSplitting } },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
