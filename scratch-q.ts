import { PGlite } from '@electric-sql/pglite';
const pg = await PGlite.create({ dataDir: process.argv[2] });
for (const q of process.argv.slice(3)) { const r = await pg.query(q); console.log(q, '\n', r.rows); }
await pg.close();
