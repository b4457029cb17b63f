import { loadConfig } from '../../server/config.ts';
import { parseScale, parseSeed } from '../../server/seed/national/counts.ts';
import { seedNational } from '../../server/seed/national/seed-national.ts';
import { seconds, streamProgress } from '../../server/seed/national/progress.ts';
import { seedDemo, seedReference } from '../../server/seed/seed.ts';
import { describeTarget, withDb } from '../database.ts';
import { parse } from '../args.ts';
import { CliError, usageError } from '../errors.ts';

export const help = `Usage: boligsocial seed [--demo]
       boligsocial seed --national [--scale N] [--seed S]

Migrates, then puts in the reference data: Landsbyggefonden's funding periods and Copenhagen's
administrations, committees, urban areas, housing organisations and estates. Does nothing when
the data is already there.

Options:
  --demo       also add the example data and the demo users (password "demo"); never on a real
               installation
  --national   also add a synthetic Denmark beside the reference data, marked "Syntetiske data"
               everywhere: 98 municipalities, 560 housing organisations, 7,100 estates, 450 plans
               with their content, decisions, pools and contracts, and 10 million audit events on
               PostgreSQL (1 million on the embedded database). For tests and measurements only;
               never on a real installation. A database holds one national set: a second run
               adds nothing. See docs/national-data.md.
  --scale N    with --national: multiply the sizes by N, from 0.01 to 10 (default 1)
  --seed S     with --national: the seed of the generator (default 1); the same seed and scale
               give the same data`;

export async function seed(args: string[]): Promise<void> {
  const { values } = parse(
    args,
    { demo: { type: 'boolean' }, national: { type: 'boolean' }, scale: { type: 'string' }, seed: { type: 'string' } },
    help,
  );
  if (!values.national && (values.scale !== undefined || values.seed !== undefined)) throw usageError('--scale and --seed go with --national', help);
  if (values.national && values.demo) throw usageError('Give --demo or --national, not both', help);
  const config = loadConfig();
  if (values.national) return national(values.scale ?? '1', values.seed ?? '1');
  const added = await withDb(config, (db) => (values.demo ? seedDemo(db) : seedReference(db)));
  const what = values.demo ? 'demo data' : 'reference data';
  console.log(added ? `Added the ${what} to the database ${describeTarget(config)}.` : `The ${what} was already there; nothing changed.`);
}

const number = (n: number) => n.toLocaleString('en-US');

async function national(rawScale: string, rawSeed: string): Promise<void> {
  const began = performance.now();
  const scale = parseScale(rawScale);
  if (typeof scale === 'string') throw usageError(scale, help);
  const seedValue = parseSeed(rawSeed);
  if (typeof seedValue === 'string') throw usageError(seedValue, help);
  const config = loadConfig();
  const engine = config.db.kind;
  const result = await withDb(config, (db) => seedNational(db, { seed: seedValue, scale, engine, progress: streamProgress(process.stderr) }));
  const where = describeTarget(config);
  if (!result.added) {
    const { seed: s, scale: n, counts } = result.existing;
    const same = s === seedValue && n === scale;
    const text = `The database ${where} already holds the national data set (seed ${s}, scale ${n}: ${number(counts.plans)} plans); nothing changed.`;
    if (same) return console.log(text);
    throw new CliError(`${text} A database holds one national set; use a fresh database for seed ${seedValue}, scale ${scale}.`);
  }
  const c = result.set.counts;
  console.log(
    `Added the synthetic national data set (seed ${seedValue}, scale ${scale}) to the database ${where} in ${seconds(performance.now() - began)}: ` +
      `${number(c.municipalities)} municipalities, ${number(c.housingOrganisations)} housing organisations, ${number(c.urbanAreas)} urban areas, ` +
      `${number(c.estates)} estates, ${number(c.plans)} plans (${number(c.goals)} goals, ${number(c.successCriteria)} success criteria, ` +
      `${number(c.indicatorTargets)} targets, ${number(c.activities)} activities, ${number(c.budgetLines)} budget lines), ` +
      `${number(c.decisions)} decisions, ${number(c.planRevisions)} plan revisions, ${number(c.pools)} pools with ${number(c.poolAllocations)} allocations, ` +
      `${number(c.contracts)} contracts with ${number(c.contractRevisions)} revisions, ${number(c.auditEvents)} audit events.`,
  );
}
