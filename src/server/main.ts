/** `npm start`: the server with the configuration from the environment. */
import { loadConfig } from './config.ts';
import { DataDirRefusedError } from './db/data-dir-lock.ts';
import { startServer } from './start.ts';

const startedAt = performance.now();
try {
  await startServer(loadConfig(), startedAt);
} catch (err) {
  // A busy data folder or a taken port is an operator's matter: one plain line, no stack.
  const plain = err instanceof DataDirRefusedError || (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(`boligsocial: ${plain ? (err as Error).message : ((err as Error).stack ?? String(err))}`);
  process.exit(1);
}
