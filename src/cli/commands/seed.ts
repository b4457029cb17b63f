import { loadConfig } from '../../server/config.ts';
import { seedDemo, seedReference } from '../../server/seed/seed.ts';
import { describeTarget, withDb } from '../database.ts';
import { parse } from '../args.ts';

export const help = `Usage: boligsocial seed [--demo]

Migrates, then puts in the reference data: Landsbyggefonden's funding periods and Copenhagen's
administrations, committees, urban areas, housing organisations and estates. Does nothing when
the data is already there.

Options:
  --demo    also add the example data and the demo users (password "demo"); never on a real
            installation`;

export async function seed(args: string[]): Promise<void> {
  const { values } = parse(args, { demo: { type: 'boolean' } }, help);
  const config = loadConfig();
  const added = await withDb(config, (db) => (values.demo ? seedDemo(db) : seedReference(db)));
  const what = values.demo ? 'demo data' : 'reference data';
  console.log(added ? `Added the ${what} to the database ${describeTarget(config)}.` : `The ${what} was already there; nothing changed.`);
}
