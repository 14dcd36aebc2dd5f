// The API commands on one chat session's messages, transcript and hand-over, and a topic's sessions.
import * as op from '../operations.js';
import type { ApiCommand } from './command-input.js';
import { ARCHIVE_FLAGS, ARCHIVE_PRINTS, archiveCall, idArgument, messageFrom, sessionId, stringFlag } from './command-input.js';
import type { ChatSessionClient } from '../client.js';

export const SESSION_COMMANDS: readonly ApiCommand[] = [
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
