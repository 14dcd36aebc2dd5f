// The text of `chatsession --help`, written from the commands' own flag tables, so that every flag
// a command accepts is described (a function: the tables live in the commands' modules).
import { API_COMMANDS } from './commands.js';
import { CONNECTION_FLAGS } from './connection.js';
import { ENV_HELP } from './env.js';
import { CONTRACT_FLAGS, LIFECYCLE_FLAGS, MOCK_FLAGS, type Flag } from './flags.js';

const WIDTH = 100;
const NAME_COLUMN = 24;

/** `--name VALUE  what it does`, the description wrapped under its column. */
function flagLines(flags: Readonly<Record<string, Flag>>): string[] {
  return Object.entries(flags).map(([name, flag]) => {
    const [value, text] = flag.type === 'string' ? splitOnce(flag.help) : ['', flag.help];
    const head = `  --${name}${value ? ` ${value}` : ''}`;
    return head.length + 2 > NAME_COLUMN ? `${head}\n${wrap(' '.repeat(NAME_COLUMN), text, NAME_COLUMN)}` : wrap(head.padEnd(NAME_COLUMN), text, NAME_COLUMN);
  });
}

function splitOnce(help: string): [string, string] {
  const at = help.indexOf('  ');
  return [help.slice(0, at), help.slice(at + 2)];
}

/** `first` followed by `text`, its words wrapped at WIDTH, continuation lines indented by `indent`. */
function wrap(first: string, text: string, indent: number): string {
  const lines = [first];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1]!;
    const fresh = last.trim() === '' || last.endsWith(' ');
    if (!fresh && last.length + 1 + word.length > WIDTH) lines.push(' '.repeat(indent) + word);
    else lines[lines.length - 1] = last + (fresh ? '' : ' ') + word;
  }
  return lines.join('\n');
}

const synopsis = (flags: Readonly<Record<string, Flag>>) =>
  Object.entries(flags)
    .map(([name, flag]) => `[--${name}${flag.type === 'string' ? ` ${splitOnce(flag.help)[0]}` : ''}]`)
    .join(' ');

export function help(): string {
  const commands = [
    ...API_COMMANDS.map((c) => [[c.name, ...c.args].join(' '), c.summary]),
    ['lifecycle', 'create → get → patch → add a message → read the messages → delete, each step printed (npm start)'],
    ['mock', 'serve the contract mock (Prism) of the spec'],
    ['contract', 'check a real server against the spec: the lifecycle, through Prism\'s validator (npm run contract)'],
  ];
  const sections = API_COMMANDS.map((c) =>
    [
      wrap(`chatsession ${[c.name, ...c.args].join(' ')} `, `${synopsis(c.flags)}${synopsis(c.flags) ? ' ' : ''}[connection options]`, 4),
      wrap('  ', `${c.operation.method} ${c.operation.path}: ${c.summary}. Prints ${c.prints}.`, 2),
      ...flagLines(c.flags),
    ].join('\n'),
  );
  return `Usage: chatsession <command> [arguments] [options]

Commands:
${commands.map(([name, text]) => wrap(`  ${name!.padEnd(NAME_COLUMN - 2)}`, text!, NAME_COLUMN)).join('\n')}

${sections.join('\n\n')}

Connection options (every command above, and lifecycle):
${flagLines(CONNECTION_FLAGS).join('\n')}
  An error is one line on standard error; for an error status it shows the status and a short
  excerpt of the server's message. Every input is checked before anything is sent.

chatsession lifecycle ${synopsis(LIFECYCLE_FLAGS)} [connection options]
  Runs create, get, patch, add-message, messages and delete on one new chat session (against the
  embedded mock without --base-url/SO_BASE_URL), each step a heading on standard error and its
  result as JSON on standard output. When a step fails, the session it created is still deleted.
${flagLines(LIFECYCLE_FLAGS).join('\n')}

chatsession mock ${synopsis(MOCK_FLAGS)}
${flagLines(MOCK_FLAGS).join('\n')}
  Serves until Ctrl+C (SIGINT) or SIGTERM.

chatsession contract --upstream URL ${synopsis(Object.fromEntries(Object.entries(CONTRACT_FLAGS).filter(([name]) => name !== 'upstream')))}
${flagLines(CONTRACT_FLAGS).join('\n')}
  Runs the lifecycle on the server with the credentials from the environment: create (this
  creates a chat session on that server), get, patch, add-message, messages, delete. Prism checks
  each request and each answer against the spec; every step and every violation is reported. The
  session it created is deleted even when a step fails (unless --keep); a step without a 2xx
  answer ends the steps before delete. No redirect is followed; at most 1 MiB of each answer is
  read. An unreachable server (refused, DNS, TLS) or no answer in time is reported as such.

${ENV_HELP}

Everything printed is redacted: no credential from the environment appears in any form.

Exit codes:
  0  success (an API command: done; lifecycle: every step done; contract: the server conforms;
     mock: stopped by a signal)
  1  an API error, network error or timeout; contract: violations, an error status, or no response
  2  usage error (a flag, an argument, the input or the environment is wrong; mock: the port is in
     use); nothing was sent`;
}
