// What the API commands (commands.ts) take: their types, the flags they share, and the functions that
// turn arguments and flags into the client's input (checked before anything is started or sent).
import type { ChatSessionClient, ListOptions, PagesOptions } from '../client.js';
import * as op from '../operations.js';
import type { SelectPath } from '../select/types.js';
import type { ChatMessage } from '../types.js';
import { describeType } from '../utils/describe-type.js';
import { UsageError } from './env.js';
import type { Flag } from './flags.js';
import { readJson } from './read-entity.js';

export type FlagValues = Readonly<Record<string, string | boolean | undefined>>;

/** A call of the client, ready to run: every input was checked when it was made. `note` writes a line for a person (stderr). */
export type Call = (client: ChatSessionClient, note: (line: string) => void) => Promise<unknown>;

export interface ApiCommand {
  readonly name: string;
  /** What it does, for the command list. */
  readonly summary: string;
  /** The operation it calls (its method and path are the request it sends). */
  readonly operation: op.Operation;
  /** Its positional arguments, e.g. `['ID']`. */
  readonly args: readonly string[];
  readonly flags: Readonly<Record<string, Flag>>;
  /** What it prints, for the help. */
  readonly prints: string;
  /** Checks the input (nothing is started or sent yet) and returns the call. */
  prepare(values: FlagValues, args: readonly string[]): Call;
}

export const SELECT: Flag = { type: 'string', help: 'a,b/c  $select: only these properties are filled in (an unknown path is a usage error)' };
export const FILE_ENTITY: Flag = { type: 'string', help: "PATH  the ChatSessionEntity, a JSON object ('-' reads standard input)" };

/** `--select a,b/c` (the client checks the paths: see api-command.ts). */
export function selectFlag(value: FlagValues[string]): { select?: SelectPath[] } {
  return typeof value === 'string' ? { select: value.split(',').map((s) => s.trim()) as SelectPath[] } : {};
}

const MAX_INT32 = 2147483647;
/** The most pages `list --pages` reads (the library's limit for listPages). */
const MAX_PAGES = 10_000;

/** An id given on the command line (a chat session's, a chat topic's, a message's): a whole number from 1 to 2147483647. */
export function idArgument(value: string | undefined, what: string): number {
  const id = value !== undefined && /^[1-9]\d*$/.test(value) ? Number(value) : NaN;
  if (!(id <= MAX_INT32)) throw new UsageError(`${what} must be a whole number from 1 to ${MAX_INT32}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
  return id;
}

export const sessionId = (args: readonly string[]) => idArgument(args[0], 'the chat session ID');

/** A flag that holds a count: a whole number from `min` to `max`. */
function countFlag(values: FlagValues, name: string, min: number, max = MAX_INT32): number {
  const value = values[name];
  const count = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(count >= min && count <= max)) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return count;
}

export const stringFlag = (values: FlagValues, name: string): string | undefined => values[name] as string | undefined;

/** The flags of the archive lists (list, topic-sessions). */
export const ARCHIVE_FLAGS: Readonly<Record<string, Flag>> = {
  select: { type: 'string', help: 'a,b  $select: the archive columns' },
  filter: { type: 'string', help: "EXPR  $filter, e.g. \"customerName begins 'Kris'\"" },
  'order-by': { type: 'string', help: 'EXPR  $orderBy, e.g. "whenRequested desc"' },
  top: { type: 'string', help: 'N  $top: at most N rows per page' },
  skip: { type: 'string', help: 'N  $skip: leave out the first N rows' },
  pages: { type: 'string', help: 'N  read up to N pages (1 to 10000), following odata.nextLink, and print their rows as one JSON array (a line on standard error says when the server links to more)' },
};
export const ARCHIVE_PRINTS = 'the page (ODataSlimResponse) as the server sent it; with --pages, the rows of every page read';

type ArchiveQuery = ListOptions<string[] | undefined>;
type ArchivePage = { readonly value?: readonly unknown[]; readonly 'odata.nextLink'?: unknown };

/** The call of an archive list: one page (`list`), or up to --pages pages (`pages`), their rows joined. */
export function archiveCall(values: FlagValues, list: (client: ChatSessionClient, query: ArchiveQuery) => Promise<unknown>, pages: (client: ChatSessionClient, query: PagesOptions<string[] | undefined>) => AsyncIterable<ArchivePage>): Call {
  const select = stringFlag(values, 'select')?.split(',').map((s) => s.trim());
  if (select?.includes('')) throw new UsageError(`--select must be archive column names separated by commas, such as name,category/id (none empty), got ${JSON.stringify(values.select)}`);
  const query: ArchiveQuery = {
    ...(select ? { select } : {}),
    ...(values.filter !== undefined ? { $filter: stringFlag(values, 'filter') } : {}),
    ...(values['order-by'] !== undefined ? { $orderBy: stringFlag(values, 'order-by') } : {}),
    ...(values.top !== undefined ? { $top: countFlag(values, 'top', 0) } : {}),
    ...(values.skip !== undefined ? { $skip: countFlag(values, 'skip', 0) } : {}),
  };
  if (values.pages === undefined) return (client) => list(client, query);
  const maxPages = countFlag(values, 'pages', 1, MAX_PAGES);
  return async (client, note) => {
    const rows: unknown[] = [];
    let read = 0;
    let more = false;
    for await (const page of pages(client, { ...query, maxPages })) {
      read += 1;
      // The rows are the server's: a value that is not an array is no list (a string's characters
      // are not rows), and a long one is not spread into arguments (that overflows the stack).
      const value: unknown = page.value ?? [];
      if (!Array.isArray(value)) throw new Error(`page ${read} of the list has a value that is not an array of rows (${describeType(value)}); nothing printed`);
      for (const row of value) rows.push(row);
      more = typeof page['odata.nextLink'] === 'string' && page['odata.nextLink'] !== '';
    }
    if (more && read === maxPages) note(`stopped after ${read} page${read === 1 ? '' : 's'} (--pages ${maxPages}); the server links to more`);
    return rows;
  };
}

const MESSAGE_TYPES = ['ToCustomer', 'ToUser', 'Special', 'Invalid'];

export function messageFrom(values: FlagValues): ChatMessage {
  const file = stringFlag(values, 'file');
  const text = stringFlag(values, 'text');
  if (file !== undefined) {
    if (text !== undefined || values.type !== undefined || values.author !== undefined) throw new UsageError('give either --file or --text (with --type and --author), not both');
    return readJson(file, op.ADD_MESSAGE.checkBody) as ChatMessage;
  }
  if (text === undefined) throw new UsageError('give the message with --text TEXT, or --file PATH (a ChatMessage as JSON)');
  const type = stringFlag(values, 'type') ?? 'ToCustomer';
  if (!MESSAGE_TYPES.includes(type)) throw new UsageError(`--type must be one of ${MESSAGE_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
  const author = stringFlag(values, 'author');
  return { Type: type as ChatMessage['Type'], Message: text, ...(author !== undefined ? { Author: author } : {}) };
}
