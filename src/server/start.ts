/** Opens the database, migrates, seeds on first start, and listens. Used by `npm start` and the CLI. */
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { buildApp } from './app.ts';
import { createDb } from './db/create-db.ts';
import { heldLock } from './db/data-dir-lock.ts';
import { migrateToLatest } from './db/migrate.ts';
import { summariseStalePlans } from './features/plans/summary.ts';
import { seedDemo, seedReference } from './seed/seed.ts';

export async function startServer(config: Config, startedAt = performance.now()) {
  const db = await createDb(config.db, 'boligsocial serve');
  let migrated: string[];
  let seeded: boolean;
  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    migrated = await migrateToLatest(db);
    await summariseStalePlans(db); // plans from before the summaries, or summarised by other rules
    seeded = config.demo ? await seedDemo(db) : await seedReference(db);
    app = await buildApp({ db, config });
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await db.destroy(); // closes the database and gives its folder back
    throw err;
  }
  const { port } = app.server.address() as AddressInfo;
  const address = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  if (config.db.kind === 'pglite' && config.db.dataDir) heldLock(config.db.dataDir)?.setAddress(address);
  app.log.info(
    {
      startupMs: Math.round(performance.now() - startedAt),
      database: config.db.kind,
      migrations: migrated,
      seeded,
      demo: config.demo,
      node: process.version,
    },
    `Boligsocial is running at ${address}`,
  );
  const stop = async () => {
    await app.close();
    await db.destroy();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      void stop().then(() => process.exit(0));
    });
  }
  return { app, db, address, stop };
}
