/** `npm start`: the server with the configuration from the environment. */
import { loadConfig } from './config.ts';
import { startServer } from './start.ts';

const startedAt = performance.now();
await startServer(loadConfig(), startedAt);
