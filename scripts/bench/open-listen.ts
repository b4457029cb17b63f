/**
 * The floor of the start-up rows: open PGlite on DATA_DIR (creating it when new) and listen with
 * node:http, answering 200 to everything. Nothing else — no migrations, no framework.
 */
import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';

const pglite = await PGlite.create({ dataDir: process.env.DATA_DIR! });
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
process.once('SIGTERM', () => server.close(() => void pglite.close().then(() => process.exit(0))));
