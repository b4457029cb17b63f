/**
 * The floor of the HTTP rows: a bare Fastify server (no logger, no plugins) that answers
 * GET /plans/:id with one row by primary key from the same database as the app — PostgreSQL
 * through a `pg` pool of the app's size when DATABASE_URL is set, else PGlite on DATA_DIR.
 * Started by the bench as a child process, like the app.
 */
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';

const statement = 'select * from plan where id = $1';
let query: (id: string) => Promise<unknown[]>;
let close: () => Promise<void>;
if (process.env.DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  query = async (id) => (await pool.query(statement, [id])).rows;
  close = () => pool.end();
} else {
  const pglite = await PGlite.create({ dataDir: process.env.DATA_DIR! });
  query = async (id) => (await pglite.query(statement, [id])).rows;
  close = () => pglite.close();
}

const app = Fastify({ logger: false });
app.get('/health', async () => ({ ok: true }));
app.get('/ready', async () => (await query('00000000-0000-0000-0000-000000000000'), { ok: true }));
app.get<{ Params: { id: string } }>('/plans/:id', async (req, reply) => {
  const [row] = await query(req.params.id);
  return row ?? reply.code(404).send({ error: 'not found' });
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(close).then(() => process.exit(0)));
