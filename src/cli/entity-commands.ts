// The API commands on the chat session entity: create, get, update, patch, delete, list.
import * as op from '../operations.js';
import type { ApiCommand } from './command-input.js';
import { ARCHIVE_FLAGS, ARCHIVE_PRINTS, archiveCall, FILE_ENTITY, SELECT, selectFlag, sessionId, stringFlag } from './command-input.js';
import { readEntity, readJson } from './read-entity.js';
import type { ChatSessionPatchBody } from '../client.js';
import { UsageError } from './env.js';

export const ENTITY_COMMANDS: readonly ApiCommand[] = [
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
];
