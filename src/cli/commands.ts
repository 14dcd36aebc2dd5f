// The commands that call one operation of the API, as data: what each takes (arguments and
// flags, with their help lines) and the client method it calls. api-command.ts runs them all the
// same way; help.ts writes their help from this table.
import type { ChatSessionClient, ChatSessionPatchBody, ListOptions, PagesOptions } from '../client.js';
import * as op from '../operations.js';
import type { SelectPath } from '../select/types.js';
import type { ChatMessage } from '../types.js';
import { describeType } from '../utils/describe-type.js';
import { UsageError } from './env.js';
import type { Flag } from './flags.js';
import { readEntity, readJson } from './read-entity.js';

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

const SELECT: Flag = { type: 'string', help: 'a,b/c  $select: only these properties are filled in (an unknown path is a usage error)' };
const FILE_ENTITY: Flag = { type: 'string', help: "PATH  the ChatSessionEntity, a JSON object ('-' reads standard input)" };

/** `--select a,b/c` (the client checks the paths: see api-command.ts). */
function selectFlag(value: FlagValues[string]): { select?: SelectPath[] } {
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

const sessionId = (args: readonly string[]) => idArgument(args[0], 'the chat session ID');

/** A flag that holds a count: a whole number from `min` to `max`. */
function countFlag(values: FlagValues, name: string, min: number, max = MAX_INT32): number {
  const value = values[name];
  const count = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(count >= min && count <= max)) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return count;
}

const stringFlag = (values: FlagValues, name: string): string | undefined => values[name] as string | undefined;

/** The flags of the archive lists (list, topic-sessions). */
const ARCHIVE_FLAGS: Readonly<Record<string, Flag>> = {
  select: { type: 'string', help: 'a,b  $select: the archive columns' },
  filter: { type: 'string', help: "EXPR  $filter, e.g. \"customerName begins 'Kris'\"" },
  'order-by': { type: 'string', help: 'EXPR  $orderBy, e.g. "whenRequested desc"' },
  top: { type: 'string', help: 'N  $top: at most N rows per page' },
  skip: { type: 'string', help: 'N  $skip: leave out the first N rows' },
  pages: { type: 'string', help: 'N  read up to N pages (1 to 10000), following odata.nextLink, and print their rows as one JSON array (a line on standard error says when the server links to more)' },
};
const ARCHIVE_PRINTS = 'the page (ODataSlimResponse) as the server sent it; with --pages, the rows of every page read';

type ArchiveQuery = ListOptions<string[] | undefined>;
type ArchivePage = { readonly value?: readonly unknown[]; readonly 'odata.nextLink'?: unknown };

/** The call of an archive list: one page (`list`), or up to --pages pages (`pages`), their rows joined. */
function archiveCall(values: FlagValues, list: (client: ChatSessionClient, query: ArchiveQuery) => Promise<unknown>, pages: (client: ChatSessionClient, query: PagesOptions<string[] | undefined>) => AsyncIterable<ArchivePage>): Call {
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

export const API_COMMANDS: readonly ApiCommand[] = [
  {
    name: 'create', operation: op.CREATE, args: [],
    summary: 'create a chat session',
    flags: { file: FILE_ENTITY, sample: { type: 'boolean', help: 'use the sample request from the vendor\'s reference page' }, select: SELECT },
    prints: 'the saved chat session',
    prepare(values) {
      const entity = readEntity(stringFlag(values, 'file'), values.sample === true);
      const options = selectFlag(values.select);
      return (client) => client.create(entity, options);
    },
  },
  {
    name: 'get', operation: op.GET, args: ['ID'],
    summary: 'read a chat session',
    flags: { select: SELECT },
    prints: 'the chat session',
    prepare(values, args) {
      const id = sessionId(args);
      const options = selectFlag(values.select);
      return (client) => client.get(id, options);
    },
  },
  {
    name: 'update', operation: op.UPDATE, args: ['ID'],
    summary: 'replace a chat session (every property: what the entity leaves out is reset)',
    flags: { file: FILE_ENTITY, select: SELECT },
    prints: 'the saved chat session',
    prepare(values, args) {
      const id = sessionId(args);
      const entity = readEntity(stringFlag(values, 'file'), false, op.UPDATE.checkBody);
      const options = selectFlag(values.select);
      return (client) => client.update(id, entity, options);
    },
  },
  {
    name: 'patch', operation: op.PATCH, args: ['ID'],
    summary: 'change some properties of a chat session',
    flags: {
      file: { type: 'string', help: "PATH  the change, as JSON ('-' reads standard input): a JSON Patch array ([{\"op\":\"replace\",\"path\":\"/Status\",\"value\":\"Closed\"}], sent as application/json-patch+json) or a merge-patch object ({\"Status\":\"Closed\"}, sent as application/merge-patch+json)" },
      select: SELECT,
    },
    prints: 'the saved chat session',
    prepare(values, args) {
      const id = sessionId(args);
      const file = stringFlag(values, 'file');
      if (file === undefined) throw new UsageError('give the change with --file PATH or --file - (standard input): a JSON Patch array or a merge-patch object');
      const change = readJson(file, op.PATCH.checkBody);
      const options = selectFlag(values.select);
      return (client) => client.patch(id, change as ChatSessionPatchBody, options);
    },
  },
  {
    name: 'delete', operation: op.DELETE, args: ['ID'],
    summary: 'delete a chat session',
    flags: {},
    prints: 'nothing on standard output (the server answers 204); a line on standard error says what was deleted',
    prepare(_values, args) {
      const id = sessionId(args);
      return (client) => client.delete(id);
    },
  },
  {
    name: 'list', operation: op.LIST, args: [],
    summary: 'list chat sessions (the OData-style archive list)',
    flags: ARCHIVE_FLAGS,
    prints: ARCHIVE_PRINTS,
    prepare: (values) => archiveCall(values, (client, query) => client.list(query), (client, query) => client.listPages(query)),
  },
  {
    name: 'messages', operation: op.MESSAGES, args: ['ID'],
    summary: 'read the messages of a chat session',
    flags: { after: { type: 'string', help: 'MESSAGE_ID  only the messages after this one' } },
    prints: 'the messages, a JSON array',
    prepare(values, args) {
      const id = sessionId(args);
      const query = values.after === undefined ? {} : { after: idArgument(stringFlag(values, 'after'), '--after') };
      return (client) => client.messages(id, query);
    },
  },
  {
    name: 'add-message', operation: op.ADD_MESSAGE, args: ['ID'],
    summary: 'add a message to a chat session',
    flags: {
      text: { type: 'string', help: 'TEXT  the message' },
      type: { type: 'string', help: 'T  its Type: ToCustomer (the default), ToUser, Special or Invalid' },
      author: { type: 'string', help: 'NAME  its Author' },
      file: { type: 'string', help: "PATH  the whole ChatMessage as a JSON object instead ('-' reads standard input)" },
    },
    prints: 'the saved message',
    prepare(values, args) {
      const id = sessionId(args);
      const message = messageFrom(values);
      return (client) => client.addMessage(id, message);
    },
  },
  {
    name: 'transcript', operation: op.TRANSCRIPT, args: ['ID'],
    summary: 'read the transcript of a chat session', prints: 'the transcript, a JSON string',
    flags: { html: { type: 'boolean', help: 'the transcript as HTML instead of plain text' } },
    prepare(values, args) {
      const id = sessionId(args);
      return (client) => client.transcript(id, values.html === true ? { html: true } : {});
    },
  },
  ...(
    [
      ['default', op.GET_DEFAULT, 'read a new chat session with the server\'s default values (not saved)', 'the chat session', (client) => client.getDefault()],
      ['for-current-user', op.FOR_CURRENT_USER, 'list the chat sessions the current user is a member of', 'the chat sessions, a JSON array', (client) => client.forCurrentUser()],
      ['pick-up-first', op.PICK_UP_FIRST, 'assign the first chat session in the queue to the current user', 'the chat session', (client) => client.pickUpFirst()],
    ] as const satisfies readonly (readonly [string, op.Operation, string, string, (client: ChatSessionClient) => Promise<unknown>])[]
  ).map(([name, operation, summary, prints, call]): ApiCommand => ({ name, operation, args: [], summary, prints, flags: {}, prepare: () => call })),
  ...(
    [
      ['pick-up', op.PICK_UP, 'assign a chat session in the queue to the current user', 'the chat session, or null when it was not in the queue', (client, id) => client.pickUp(id)],
      ['reset', op.RESET, 'put a chat session back in the queue', 'the chat session', (client, id) => client.reset(id)],
      ['accept-transfer', op.ACCEPT_TRANSFER, 'accept a chat session transferred to the current user', 'the chat session', (client, id) => client.acceptTransfer(id)],
      ['reject-transfer', op.REJECT_TRANSFER, 'reject a chat session transferred to the current user', 'the chat session', (client, id) => client.rejectTransfer(id)],
      ['create-for-topic', op.CREATE_FOR_TOPIC, 'start a new chat session on a chat topic (ID: the topic\'s)', 'the new chat session', (client, id) => client.createForTopic(id)],
    ] as const satisfies readonly (readonly [string, op.Operation, string, string, (client: ChatSessionClient, id: number) => Promise<unknown>])[]
  ).map(([name, operation, summary, prints, call]): ApiCommand => ({
    name, operation, args: ['ID'], summary, prints, flags: {},
    prepare: (_values, args) => {
      const id = idArgument(args[0], name === 'create-for-topic' ? 'the chat topic ID' : 'the chat session ID');
      return (client) => call(client, id);
    },
  })),
  {
    name: 'transfer', operation: op.TRANSFER, args: ['ID', 'USER'],
    summary: 'offer a chat session to another user (USER: a user name or an associate id)', prints: 'the chat session',
    flags: {},
    prepare(_values, args) {
      const id = sessionId(args);
      const user = /^\d+$/.test(args[1]!) ? idArgument(args[1], 'an associate id (USER)') : args[1]!;
      return (client) => client.transfer(id, user);
    },
  },
  {
    name: 'topic-sessions', operation: op.TOPIC_SESSIONS, args: ['ID'],
    summary: 'list the chat sessions of a chat topic (ID: the topic\'s; the OData-style archive list)',
    flags: ARCHIVE_FLAGS,
    prints: ARCHIVE_PRINTS,
    prepare(values, args) {
      const topic = idArgument(args[0], 'the chat topic ID');
      return archiveCall(values, (client, query) => client.topicSessions(topic, query), (client, query) => client.topicSessionPages(topic, query));
    },
  },
];

const MESSAGE_TYPES = ['ToCustomer', 'ToUser', 'Special', 'Invalid'];

function messageFrom(values: FlagValues): ChatMessage {
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
