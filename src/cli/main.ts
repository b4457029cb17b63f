/**
 * `boligsocial`: the command line of Boligsocial. Same configuration (loadConfig) and the same use
 * cases as the API; it acts as the trusted system. Exit code 0 on success, 1 on failure, 2 on a
 * usage mistake.
 */
import { loadConfig } from '../server/config.ts';
import * as backupCommand from './commands/backup.ts';
import * as migrateCommand from './commands/migrate.ts';
import * as seedCommand from './commands/seed.ts';
import * as serveCommand from './commands/serve.ts';
import * as usersCommand from './commands/users.ts';
import { describeTarget, nameCommand } from './database.ts';
import { CliError, describeError, usageError } from './errors.ts';

const help = `Usage: boligsocial <command> [options]

Boligsocial: boligsociale helhedsplaner — registry, plans, approval, contracts and reporting.

Commands:
  migrate               bring the database up to date
  seed [--demo]         put in the reference data (and with --demo the demo data and users)
  seed --national       also add the synthetic national data set (--scale N, --seed S)
  serve                 start the server (API and web app)
  users add             add a user with one role and scope
  users list            list the users
  backup --out FILE     copy the embedded database to a file (with the server stopped)
  restore --from FILE   fill an empty embedded database folder from a backup

Run "boligsocial <command> --help" for a command's options.

The database is PostgreSQL at DATABASE_URL when it is set, otherwise the embedded database in
DATA_DIR (default ./data). The embedded database is held by one process at a time: while the
server runs on it, the other commands refuse and say so; stop the server first, or use PostgreSQL.`;

type Command = { help: string; run: (args: string[]) => Promise<void> };

const commands: Record<string, Command> = {
  migrate: { help: migrateCommand.help, run: migrateCommand.migrate },
  seed: { help: seedCommand.help, run: seedCommand.seed },
  serve: { help: serveCommand.help, run: serveCommand.serve },
  users: { help: usersCommand.help, run: async () => { throw usageError('Name a users command', usersCommand.help); } },
  'users add': { help: usersCommand.addHelp, run: usersCommand.usersAdd },
  'users list': { help: usersCommand.listHelp, run: usersCommand.usersList },
  backup: { help: backupCommand.backupHelp, run: backupCommand.backup },
  restore: { help: backupCommand.restoreHelp, run: backupCommand.restore },
};

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

function pick(argv: string[]): { name: string; command: Command; rest: string[] } {
  const [first, second, ...more] = argv;
  if (first === undefined || first.startsWith('-')) {
    if (first === undefined) throw usageError('No command given', help);
    if (wantsHelp([first])) throw new CliError(help, 0);
    throw usageError(`Unknown option "${first}"`, help);
  }
  if (first === 'users' && second !== undefined && !second.startsWith('-')) {
    const command = commands[`users ${second}`];
    if (!command) throw usageError(`Unknown users command "${second}"`, usersCommand.help);
    return { name: `users ${second}`, command, rest: more };
  }
  const command = commands[first];
  if (!command) throw usageError(`Unknown command "${first}"`, help);
  return { name: first, command, rest: argv.slice(1) };
}

async function main(argv: string[]): Promise<number> {
  let where = '';
  try {
    const { name, command, rest } = pick(argv);
    if (wantsHelp(rest)) {
      console.log(command.help);
      return 0;
    }
    where = describeTarget(loadConfig());
    nameCommand(name);
    await command.run(rest);
    return 0;
  } catch (err) {
    if (err instanceof CliError && err.exitCode === 0) {
      console.log(err.message);
      return 0;
    }
    const { message, exitCode } = describeError(err, where);
    console.error(`boligsocial: ${message}`);
    return exitCode;
  }
}

const code = await main(process.argv.slice(2));
// `serve` keeps running; every other command ends here.
if (code !== 0) process.exit(code);
