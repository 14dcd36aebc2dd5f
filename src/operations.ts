// The operations of the ChatSession resource, as data the generic per-call pipeline
// (call/pipeline.ts) runs: create's (in operation.ts, with the Operation type, loaded up front) and
// the others, here. client.ts makes each a method (and the lists a pages method): adding an
// operation is an entry here, its method's type in ChatSessionClient, and its method's name in
// client.ts's up-front list (a compile error below unless the list and LAZY_OPERATIONS agree).
// Only what lazy-operations.ts imports reaches a page, on the first call of one of these methods.
import type { LAZY_METHODS, LAZY_PAGE_METHODS } from './client.js';
import { checkPatch, patchContentType } from './call/check-patch.js';
import { checkEntity, plainObject } from './call/check-body.js';
import { ARCHIVE_QUERY } from './call/query.js';
import { CREATE, ENTITY_WITH_LINKS, type MethodName, type Operation } from './operation.js';

export { CREATE, type MethodName, type Operation, type PathParamKind, type ResultKind } from './operation.js';

const ENTITY_WITH_RIGHTS: Operation['result'] = { schema: 'ChatSessionEntityWithRights', kind: 'object' };
const ODATA_LIST: Operation['result'] = { schema: 'ODataSlimResponse', kind: 'object' };
const SESSION_ID: Operation['pathParams'] = { chatSessionId: 'id' };

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
export const ADD_MESSAGE = { id: 'AddChatMessage', name: 'addMessage', method: 'POST', path: '/api/v1/ChatSession/{chatSessionId}/Messages', pathParams: SESSION_ID, result: { schema: 'ChatMessage', kind: 'object' }, checkBody: plainObject('message', '{ Message: "Hello", Type: "ToCustomer" }') } satisfies Operation;

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

/** The operations loaded on first use (lazy-operations.ts): every one but create. */
export const LAZY_OPERATIONS = [
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
] as const;

/** Every operation of the resource. */
export const OPERATIONS: readonly Operation[] = [CREATE, ...LAZY_OPERATIONS];

type Lazy = (typeof LAZY_OPERATIONS)[number];
type LazyPages = Extract<Lazy, { pages: string }>['pages'];
/** `true` when A and B are the same set of names; else the names each side lacks, which a compile error shows. */
export type Agreement<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : { onlyInTheFirst: Exclude<A, B>; onlyInTheSecond: Exclude<B, A> };
/**
 * `true` when lists of method names made up front (`Calls`, and `Pages` for the pages methods) name
 * exactly the methods of LAZY_OPERATIONS and their pages methods, and those with create are every
 * method of ChatSessionClient.
 */
export type ListsAgree<Calls extends readonly string[], Pages extends readonly string[]> =
  [Agreement<Calls[number], Lazy['name']>, Agreement<Pages[number], LazyPages>, Agreement<MethodName, Calls[number] | Pages[number] | typeof CREATE.name>] extends [true, true, true]
    ? true
    : { calls: Agreement<Calls[number], Lazy['name']>; pages: Agreement<Pages[number], LazyPages>; everyMethod: Agreement<MethodName, Calls[number] | Pages[number] | typeof CREATE.name> };
/** Compiles only when T is `true`. */
type Assert<T extends true> = T;
/** A compile error unless client.ts's up-front lists agree with LAZY_OPERATIONS (test/types/must-fail/wrong-lazy-methods.ts proves it can fail). */
export type UpFrontListsAgree = Assert<ListsAgree<typeof LAZY_METHODS, typeof LAZY_PAGE_METHODS>>;
