/** The web app: React + Vite. `npm run dev` serves it with /api proxied to the API on port 3000. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const dkfds = fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url));

export default defineConfig({
  plugins: [react()],
  // dkfds only exports its JavaScript; its compiled CSS, fonts and icons are reached by this alias.
  resolve: { alias: { '~dkfds': dkfds } },
  build: { outDir: 'dist/web', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1024 },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
