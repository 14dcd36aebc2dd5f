// Runs one of the API commands (commands.ts) the same way for all: flags parsed strictly, every
// input checked before Prism starts or anything is sent, one call, the result printed as JSON.
import { parseArgs } from 'node:util';
import type { ApiCommand } from './commands.js';
import { CONNECTION_FLAGS, connectionFrom, withClient, type ConnectionValues } from './connection.js';
import { UsageError } from './env.js';
import { help } from './help.js';
import type { Io } from './io.js';

/** `chatsession <command.name> [args] [flags]`. */
export async function runApiCommand(command: ApiCommand, argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: command.args.length > 0,
    options: { ...command.flags, ...CONNECTION_FLAGS, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(help());
    return 0;
  }
  const synopsis = `chatsession ${[command.name, ...command.args].join(' ')}`;
  if (positionals.length < command.args.length) throw new UsageError(`${command.name} needs ${command.args.join(' ')}: ${synopsis}`);
  if (positionals.length > command.args.length) throw new UsageError(`${command.name} takes ${command.args.length === 1 ? 'one argument' : `${command.args.length} arguments`} (${synopsis}); unexpected ${JSON.stringify(positionals[command.args.length])}`);
  const call = command.prepare(values, positionals);
  const connection = connectionFrom(values as ConnectionValues);
  const result = await withClient(connection, io, (client) => call(client));
  if (result === undefined) io.err(`chatsession: ${command.name}: done (${command.operation.method} ${command.operation.path.replace(/\{\w+\}/, positionals[0] ?? '')}: no content)`);
  else io.out(JSON.stringify(result, null, 2));
  return 0;
}
