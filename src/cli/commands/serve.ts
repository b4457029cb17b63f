import type { Config } from '../../server/config.ts';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { parse, port } from '../args.ts';

export const help = `Usage: boligsocial serve [--demo] [--port N] [--host H]

Migrates, seeds on the first start and serves the API and the web app until stopped (Ctrl-C).
Configuration comes from the environment (see the README); the options override it.

Options:
  --demo        demo mode: the example data and demo users (default only on the embedded database)
  --port N      port to listen on (PORT, default 3000)
  --host H      address to listen on (HOST, default 127.0.0.1; 0.0.0.0 for all)`;

export async function serve(args: string[]): Promise<void> {
  const startedAt = performance.now();
  const { values } = parse(args, { demo: { type: 'boolean' }, port: { type: 'string' }, host: { type: 'string' } }, help);
  const overrides: Partial<Config> = {};
  if (values.demo) overrides.demo = true;
  if (values.port !== undefined) overrides.port = port(values.port, help);
  if (values.host !== undefined) overrides.host = values.host;
  await startServer(loadConfig(process.env, overrides), startedAt);
}
