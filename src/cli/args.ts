/** Argument parsing for every command: node:util parseArgs, with mistakes reported as usage errors. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { usageError } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<O extends Options>(args: string[], options: O, help: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (err) {
    throw usageError(err instanceof Error ? err.message : String(err), help);
  }
}

export function port(raw: string, help: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 65535) throw usageError(`--port must be a whole number from 0 to 65535, got "${raw}"`, help);
  return n;
}
