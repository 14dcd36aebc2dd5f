// The `chatsession` command: call an operation of the ChatSession resource (create, get, patch…),
// run the lifecycle, serve the contract mock, or check a real server against the contract. Node only. Everything it prints goes through the redactor
// (cli/redact.ts), and it always exits: see finish().
import { runApiCommand } from './cli/api-command.js';
import { API_COMMANDS } from './cli/commands.js';
import { contract } from './cli/contract.js';
import { UsageError } from './cli/env.js';
import { help } from './cli/help.js';
import { createIo, type Io } from './cli/io.js';
import { lifecycle } from './cli/lifecycle.js';
import { mock } from './cli/mock.js';
import { excerpt, redactor, secretsOf } from './cli/redact.js';
import { inFlagTerms } from './cli/usage.js';
import { ChatSessionApiError } from './errors/api-error.js';
import { ChatSessionError } from './errors/chat-session-error.js';
import { ChatSessionUsageError } from './errors/usage-error.js';

/** How long the process may take to exit by itself once the command is over (then it is made to). */
const EXIT_GRACE_MS = 2000;

async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(help());
    return command === undefined ? 2 : 0;
  }
  const api = API_COMMANDS.find((c) => c.name === command);
  if (api) return runApiCommand(api, rest, io);
  if (command === 'lifecycle') return lifecycle(rest, io);
  if (command === 'mock') return mock(rest, io);
  if (command === 'contract') return contract(rest, io);
  throw new UsageError(`unknown command "${command}"; run chatsession --help`);
}

/** One line on standard error for what the command threw; the exit code: 2 for usage errors, else 1. */
function reportFailure(error: unknown, io: Io): number {
  const usage = error instanceof UsageError || error instanceof ChatSessionUsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
  let message = error instanceof Error ? error.message : String(error);
  // fetch's own errors say little ("fetch failed"); the reason is their cause's message ("bad port").
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (error instanceof TypeError && cause instanceof Error && cause.message) message += ` (${cause.message})`;
  if (error instanceof ChatSessionUsageError) message = inFlagTerms(message, { baseUrl: '--base-url (or SO_BASE_URL)' });
  if (error instanceof ChatSessionApiError) {
    const said = excerpt(error.body, io.redact);
    message += said ? ` — the server says: ${said}` : ' (no message from the server)';
  }
  io.err([`chatsession: ${usage ? 'usage error: ' : error instanceof ChatSessionError ? '' : 'error: '}${message.replace(/\s+/g, ' ')}`]);
  return usage ? 2 : 1;
}

/**
 * Sets the exit code and makes sure the process ends: it exits by itself when nothing is left to
 * do; should anything still hold it (a connection a server keeps open), it is ended after a grace period.
 */
function finish(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

const io = createIo(redactor(secretsOf(process.env)));
main(process.argv.slice(2), io).then(finish, (error: unknown) => finish(reportFailure(error, io)));
