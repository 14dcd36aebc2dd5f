// Runs one of the API commands (commands.ts) the same way for all: flags parsed strictly, every
// input checked before Prism starts or anything is sent, one call, the result printed as JSON.
import { parseArgs } from 'node:util';
import { createChatSessionClient } from '../client.js';
import { ChatSessionUsageError } from '../errors/usage-error.js';
import type { ChatSessionClientOptions } from '../options/client-options.js';
import type { ApiCommand, Call } from './commands.js';
import { BASE_URL_FLAGS, CONNECTION_FLAGS, connectionFrom, withClient, type ConnectionValues } from './connection.js';
import { UsageError } from './env.js';
import { help } from './help.js';
import { asJson, type Io } from './io.js';
import { inFlagTerms } from './usage.js';

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
  await dryRun(call, connection.optionsFor(connection.baseUrl ?? 'http://127.0.0.1'));
  const result = await withClient(connection, io, (client) => call(client, (line) => io.err(`chatsession: ${command.name}: ${line}`)));
  if (result === undefined) io.err(`chatsession: ${command.name}: done (${command.operation.method} ${command.operation.path.replace(/\{\w+\}/, positionals[0] ?? '')}: no content)`);
  else io.out(asJson(result));
  return 0;
}

/** What the dry run's fetch rejects with: the call got past every check of its input. */
const WOULD_SEND = Symbol('would send');

/**
 * Makes the call with a client whose fetch sends nothing: the library runs every check of the
 * input it runs before the network (ids, query values, `$select` paths, JSON Patch paths…), and a
 * ChatSessionUsageError becomes the CLI's usage error, in flag terms, before Prism starts.
 */
async function dryRun(call: Call, options: ChatSessionClientOptions): Promise<void> {
  const client = createChatSessionClient({ ...options, fetch: () => Promise.reject(WOULD_SEND) });
  try {
    await call(client, () => undefined);
  } catch (error) {
    if (error === WOULD_SEND) return;
    if (error instanceof ChatSessionUsageError) throw new UsageError(inFlagTerms(error.message, BASE_URL_FLAGS));
    throw error;
  }
  throw new Error('the dry run sent nothing, yet the call resolved'); // a client that skipped fetch: a bug
}
