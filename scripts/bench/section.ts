/**
 * One section of the bench: one engine (PostgreSQL or PGlite) and one data set (demo or national)
 * on a fresh database. Seeds it with the CLI, finds what to measure, measures the SQL directly,
 * then the bare floor server, then the app (with its RSS idle and under load), and drops the
 * database again.
 */
import { type BenchDb, type Engine, createBenchDb, engineName, openInProcess } from './databases.ts';
import { directRows } from './direct.ts';
import { type Subjects, actorOf, addBenchUsers, demoSubjects, nationalSubjects } from './discover.ts';
import { type HttpContext, readRows, writeRows } from './http-rows.ts';
import { httpRun, signIn } from './load.ts';
import { type RunningServer, RssSampler, rssBytes, runCli, sleep, startServer } from './processes.ts';
import { type Row, type RowPlan, measureRow } from './rows.ts';

export type Dataset = 'demo' | 'national';

export type SectionSpec = {
  engine: Engine;
  dataset: Dataset;
  /** --scale of the national set. */
  scale: number;
  plan: RowPlan;
  pageSize: number;
  deepPages: number;
  postgresUrl: string;
  workDir: string;
  /** Runs while the app is still up after the rows (the browser measurements use it). */
  whileUp?: (server: RunningServer, subjects: Subjects) => Promise<void>;
};

export type SectionResult = {
  engine: Engine;
  dataset: Dataset;
  title: string;
  /** The seed command's closing line and its time. */
  seeded: string;
  seedMs: number;
  rows: Row[];
  rss: { idle: number; peak: number; floorPeak: number };
};

export async function runSection(spec: SectionSpec): Promise<SectionResult> {
  const title = `${engineName[spec.engine]}, ${spec.dataset === 'demo' ? 'demo data' : `national set, scale ${spec.scale}`}`;
  console.error(`\n== ${title} (${(performance.now() / 1000).toFixed(0)} s into the run)`);
  const db = await createBenchDb(spec.engine, spec.postgresUrl, spec.workDir);
  try {
    return { title, ...(await measureOn(spec, db)) };
  } finally {
    await db.drop();
  }
}

async function measureOn(spec: SectionSpec, db: BenchDb): Promise<Omit<SectionResult, 'title'>> {
  const t0 = performance.now();
  const seedArgs = spec.dataset === 'demo' ? ['seed', '--demo'] : ['seed', '--national', '--scale', String(spec.scale)];
  const seedOutput = await runCli(seedArgs, db.env);
  const seedMs = performance.now() - t0;
  // The seed's closing line, without the temporary folder or database it names.
  const seeded = (seedOutput.trim().split('\n').filter(Boolean).at(-1) ?? '').replace(/the database (in|at) \S+?(?= in \d|\.?$)/, 'a new database');
  console.error(`  seeded in ${(seedMs / 1000).toFixed(1)} s: ${seeded}`);

  let conn = await openInProcess(db);
  let subjects: Subjects;
  try {
    subjects = spec.dataset === 'demo' ? await demoSubjects(conn.db) : await nationalSubjects(conn.db);
  } finally {
    await conn.close();
  }
  await addBenchUsers(subjects, db.env);
  console.error(`  admin of ${subjects.municipality.name}, housing staff of ${subjects.organisation.name}`);

  const rows: Row[] = [];
  const logDir = spec.workDir;
  // The floor first: a bare server reading one row by primary key from this database.
  const floor = await startServer({ script: 'scripts/bench/floor-server.ts', env: db.env, readyPath: '/health', logDir });
  const floorRss = new RssSampler(floor.pid);
  try {
    floorRss.start();
    const call = { method: 'GET' as const, path: `/plans/${subjects.planId}` };
    rows.push(await measureRow('floor: bare Fastify, one row by primary key', 'floor', spec.plan, httpRun(floor.baseUrl, call, '/ready')));
  } finally {
    floorRss.stop();
    await floor.stop();
  }

  conn = await openInProcess(db);
  try {
    rows.push(...(await directRows(conn, spec.plan, subjects.planId, await actorOf(conn.db, subjects.admin.email), spec.pageSize)));
  } finally {
    await conn.close();
  }

  const app = await startServer({
    script: 'src/server/main.ts',
    env: { ...db.env, DEMO: spec.dataset === 'demo' ? 'true' : 'false', LOG_LEVEL: 'info', NODE_ENV: 'production', COOKIE_SECURE: 'false' },
    readyPath: '/api/health/ready',
    logDir,
  });
  const rss = { idle: 0, peak: 0, floorPeak: floorRss.peak };
  try {
    const sessions = {
      admin: await signIn(app.baseUrl, subjects.admin.email, subjects.admin.password),
      staff: await signIn(app.baseUrl, subjects.staff.email, subjects.staff.password),
      fund: await signIn(app.baseUrl, subjects.fund.email, subjects.fund.password),
    };
    await sleep(1000);
    rss.idle = rssBytes(app.pid);
    const sampler = new RssSampler(app.pid);
    sampler.start();
    const ctx: HttpContext = { baseUrl: app.baseUrl, subjects, sessions, plan: spec.plan, pageSize: spec.pageSize, deepPages: spec.deepPages };
    try {
      rows.push(...(await readRows(ctx)));
      rows.push(...(await writeRows(ctx)));
    } finally {
      sampler.stop();
      rss.peak = sampler.peak;
    }
    console.error(`  RSS of the app: ${(rss.idle / 1e6).toFixed(0)} MB idle, ${(rss.peak / 1e6).toFixed(0)} MB at most under load`);
    if (spec.whileUp) await spec.whileUp(app, subjects);
  } finally {
    await app.stop();
  }
  return { engine: spec.engine, dataset: spec.dataset, seeded, seedMs, rows, rss };
}
