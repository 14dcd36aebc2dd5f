// The operations of the ChatSession resource, as data the generic per-call pipeline
// (call/pipeline.ts) runs. client.ts makes each a method (and the lists a pages method) from this
// data: adding an operation is an entry here and its method's type in ChatSessionClient.
import type { operations, paths } from './types.js';
import { checkEntity, checkMessage, checkPatch, patchContentType } from './call/check-body.js';
import { ARCHIVE_QUERY, type QuerySpec } from './call/query.js';

/** What a 2xx body must be: a JSON object, array or string, an object or `null`, or nothing (204). */
export type ResultKind = 'object' | 'array' | 'string' | 'object-or-null' | 'none';

/** What a path parameter holds: a positive 32-bit id, or a user (associate) name or id. */
export type PathParamKind = 'id' | 'associate';

export interface Operation {
  /** The operationId in the spec (reported to `onSlowCall`). */
  readonly id: keyof operations;
  /** The client method that runs it: `name(...path parameters, body?, options?)`. */
  readonly name: string;
  /** For the archive lists: the method that walks their pages (call/pages.ts). */
  readonly pages?: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: keyof paths;
  /** The path parameters, in the order the method takes them. */
  readonly pathParams?: Readonly<Record<string, PathParamKind>>;
  /** The query parameters the method accepts (other than `$select`), with what each must hold. */
  readonly query?: QuerySpec;
  /** `$select`: of the entity's property paths (checked against them), or of archive columns. */
  readonly select?: 'entity' | 'archive';
  /** The response schema's name (for messages) and the kind of JSON it is. */
  readonly result: { readonly schema: string; readonly kind: ResultKind };
  /** Throws ChatSessionUsageError when the body cannot be right; nothing is sent. An operation with a body has one. */
  readonly checkBody?: (body: unknown) => void;
  /** The body may be a JSON Patch document: an array body is checked by checks/json-patch.ts (lazily loaded). */
  readonly jsonPatch?: true;
  /** The Content-Type of the body, when it is not application/json. */
  readonly contentType?: (body: unknown) => string;
}

const ENTITY_WITH_LINKS: Operation['result'] = { schema: 'ChatSessionEntityWithLinks', kind: 'object' };
const ENTITY_WITH_RIGHTS: Operation['result'] = { schema: 'ChatSessionEntityWithRights', kind: 'object' };
const ODATA_LIST: Operation['result'] = { schema: 'ODataSlimResponse', kind: 'object' };
const SESSION_ID: Operation['pathParams'] = { chatSessionId: 'id' };

/** `POST /api/v1/ChatSession`: SaveChatSessionEntity. */
export const CREATE = { id: 'PostChatSessionEntity', name: 'create', method: 'POST', path: '/api/v1/ChatSession', select: 'entity', result: ENTITY_WITH_LINKS, checkBody: checkEntity } satisfies Operation;

/** `GET /api/v1/ChatSession/{id}`: GetChatSessionEntity. */
export const GET = { id: 'GetChatSessionEntity', name: 'get', method: 'GET', path: '/api/v1/ChatSession/{id}', pathParams: { id: 'id' }, select: 'entity', result: ENTITY_WITH_LINKS } satisfies Operation;

/** `GET /api/v1/ChatSession/default`: CreateDefaultChatSessionEntity (a new entity with default values, not saved). */
export const GET_DEFAULT = { id: 'DefaultChatSessionEntity', name: 'getDefault', method: 'GET', path: '/api/v1/ChatSession/default', result: ENTITY_WITH_RIGHTS } satisfies Operation;

/** `PUT /api/v1/ChatSession/{id}`: replaces the stored chat session. */
export const UPDATE = { id: 'PutChatSessionEntity', name: 'update', method: 'PUT', path: '/api/v1/ChatSession/{id}', pathParams: { id: 'id' }, select: 'entity', result: ENTITY_WITH_LINKS, checkBody: checkEntity } satisfies Operation;

/** `PATCH /api/v1/ChatSession/{id}`: a JSON Patch document or a JSON Merge Patch object. */
export const PATCH = { id: 'PatchChatSessionEntity', name: 'patch', method: 'PATCH', path: '/api/v1/ChatSession/{id}', pathParams: { id: 'id' }, select: 'entity', result: ENTITY_WITH_LINKS, checkBody: checkPatch, jsonPatch: true, contentType: patchContentType } satisfies Operation;

/** `DELETE /api/v1/ChatSession/{id}`: 204, no body. */
export const DELETE = { id: 'DeleteChatSessionEntity', name: 'delete', method: 'DELETE', path: '/api/v1/ChatSession/{id}', pathParams: { id: 'id' }, result: { schema: '(no content)', kind: 'none' } } satisfies Operation;

/** `GET /api/v1/ChatSession`: the OData-style archive list. */
export const LIST = { id: 'GetAllChatSessions', name: 'list', pages: 'listPages', method: 'GET', path: '/api/v1/ChatSession', query: ARCHIVE_QUERY, select: 'archive', result: ODATA_LIST } satisfies Operation;

/** `GET /api/v1/ChatSession/ForCurrentUser`: the sessions the user is a member of. */
export const FOR_CURRENT_USER = { id: 'ChatSessionsForUser', name: 'forCurrentUser', method: 'GET', path: '/api/v1/ChatSession/ForCurrentUser', result: { schema: 'ChatSessionEntityWithRights[]', kind: 'array' } } satisfies Operation;

/** `GET /api/v1/ChatSession/{chatSessionId}/Messages`. */
export const MESSAGES = { id: 'GetChatMessages', name: 'messages', method: 'GET', path: '/api/v1/ChatSession/{chatSessionId}/Messages', pathParams: SESSION_ID, query: { after: 'int32' }, result: { schema: 'ChatMessage[]', kind: 'array' } } satisfies Operation;

/** `POST /api/v1/ChatSession/{chatSessionId}/Messages`. */
export const ADD_MESSAGE = { id: 'AddChatMessage', name: 'addMessage', method: 'POST', path: '/api/v1/ChatSession/{chatSessionId}/Messages', pathParams: SESSION_ID, result: { schema: 'ChatMessage', kind: 'object' }, checkBody: checkMessage } satisfies Operation;

/** `POST /api/v1/ChatSession/{chatSessionId}/Transcript` (no body): a JSON string, plain text or HTML. */
export const TRANSCRIPT = { id: 'GetChatTranscript', name: 'transcript', method: 'POST', path: '/api/v1/ChatSession/{chatSessionId}/Transcript', pathParams: SESSION_ID, query: { html: 'boolean' }, result: { schema: 'ChatTranscript', kind: 'string' } } satisfies Operation;

/** `POST /api/v1/ChatSession/{chatSessionId}/Pickup`: the session, or null when it was not in the queue. */
export const PICK_UP = { id: 'PickUpChatSession', name: 'pickUp', method: 'POST', path: '/api/v1/ChatSession/{chatSessionId}/Pickup', pathParams: SESSION_ID, result: { schema: 'ChatSessionEntityOrNull', kind: 'object-or-null' } } satisfies Operation;

/** `POST /api/v1/ChatSession/Pickup`: the first session in the queue. */
export const PICK_UP_FIRST = { id: 'PickUpFirstChatSession', name: 'pickUpFirst', method: 'POST', path: '/api/v1/ChatSession/Pickup', result: ENTITY_WITH_RIGHTS } satisfies Operation;

/** `POST /api/v1/ChatSession/{chatSessionId}/Reset`. */
export const RESET = { id: 'ResetChatSession', name: 'reset', method: 'POST', path: '/api/v1/ChatSession/{chatSessionId}/Reset', pathParams: SESSION_ID, result: ENTITY_WITH_RIGHTS } satisfies Operation;

/** `POST /api/v1/ChatSession/{chatSessionId}/TransferTo/{toAssociate}`. */
export const TRANSFER = { id: 'TransferChatSession', name: 'transfer', method: 'POST', path: '/api/v1/ChatSession/{chatSessionId}/TransferTo/{toAssociate}', pathParams: { chatSessionId: 'id', toAssociate: 'associate' }, result: ENTITY_WITH_RIGHTS } satisfies Operation;

/** `POST /api/v1/ChatSession/{chatSessionId}/AcceptTransfer`. */
export const ACCEPT_TRANSFER = { id: 'AcceptChatSessionTransfer', name: 'acceptTransfer', method: 'POST', path: '/api/v1/ChatSession/{chatSessionId}/AcceptTransfer', pathParams: SESSION_ID, result: ENTITY_WITH_RIGHTS } satisfies Operation;

/** `POST /api/v1/ChatSession/{chatSessionId}/RejectTransfer`. */
export const REJECT_TRANSFER = { id: 'RejectChatSessionTransfer', name: 'rejectTransfer', method: 'POST', path: '/api/v1/ChatSession/{chatSessionId}/RejectTransfer', pathParams: SESSION_ID, result: ENTITY_WITH_RIGHTS } satisfies Operation;

/** `POST /api/v1/ChatTopic/{chatTopicId}/Sessions`: the page and the spec give it no request body. */
export const CREATE_FOR_TOPIC = { id: 'CreateChatSessionForTopic', name: 'createForTopic', method: 'POST', path: '/api/v1/ChatTopic/{chatTopicId}/Sessions', pathParams: { chatTopicId: 'id' }, result: ENTITY_WITH_RIGHTS } satisfies Operation;

/** `GET /api/v1/ChatTopic/{chatTopicId}/Sessions`: the OData-style archive list of one topic. */
export const TOPIC_SESSIONS = { id: 'GetChatTopicSessions', name: 'topicSessions', pages: 'topicSessionPages', method: 'GET', path: '/api/v1/ChatTopic/{chatTopicId}/Sessions', pathParams: { chatTopicId: 'id' }, query: ARCHIVE_QUERY, select: 'archive', result: ODATA_LIST } satisfies Operation;

export const OPERATIONS: readonly Operation[] = [
  CREATE,
  GET,
  GET_DEFAULT,
  UPDATE,
  PATCH,
  DELETE,
  LIST,
  FOR_CURRENT_USER,
  MESSAGES,
  ADD_MESSAGE,
  TRANSCRIPT,
  PICK_UP,
  PICK_UP_FIRST,
  RESET,
  TRANSFER,
  ACCEPT_TRANSFER,
  REJECT_TRANSFER,
  CREATE_FOR_TOPIC,
  TOPIC_SESSIONS,
];

/** The operationId of a `client.raw` call, from its method and path template. */
export function operationIdOf(method: string, path: string): keyof operations {
  const found = OPERATIONS.find((operation) => operation.method === method.toUpperCase() && operation.path === path);
  return found?.id ?? (`${method.toUpperCase()} ${path}` as keyof operations);
}
