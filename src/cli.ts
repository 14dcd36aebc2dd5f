// The `chatsession` command: create a chat session, serve the contract mock, or check a real
// server against the contract. Node only.
import { contract } from './cli/contract.js';
import { create } from './cli/create.js';
import { UsageError } from './cli/env.js';
import { HELP } from './cli/help.js';
import { mock } from './cli/mock.js';
import { ChatSessionError } from './errors/chat-session-error.js';
import { ChatSessionUsageError } from './errors/usage-error.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === 'create') return create(rest);
  if (command === 'mock') return mock(rest);
  if (command === 'contract') return contract(rest);
  throw new UsageError(`unknown command "${command}"; run chatsession --help`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || error instanceof ChatSessionUsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`chatsession: ${usage ? 'usage error: ' : error instanceof ChatSessionError ? '' : 'error: '}${message.replace(/\s+/g, ' ')}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
