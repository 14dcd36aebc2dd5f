// Names for the generated types this library uses. Nothing here restates a property: every
// type is derived from generated/schema.d.ts.
import type { components, operations, paths } from '../generated/schema.js';

export type { components, operations, paths };

type Schemas = components['schemas'];

/** The request body of create and update: a chat session to save (ChatSessionEntity). */
export type ChatSessionEntity = Schemas['ChatSessionEntity'];
/** A saved chat session with its table right, field rights and links (create, get, update, patch). */
export type ChatSessionEntityWithLinks = Schemas['ChatSessionEntityWithLinks'];
/** A chat session with its table right and field rights (getDefault, forCurrentUser, pickUp…, transfers, createForTopic). */
export type ChatSessionEntityWithRights = Schemas['ChatSessionEntityWithRights'];
/** A message of a chat session. */
export type ChatMessage = Schemas['ChatMessage'];
/** One operation of a JSON Patch document for `patch`. */
export type ChatSessionPatchOperation = Schemas['ChatSessionPatchOperation'];
/** A JSON Patch document for `patch` (sent as application/json-patch+json). */
export type ChatSessionPatchDocument = Schemas['ChatSessionPatchDocument'];
/** The OData-style list of the archive operations (list, topicSessions). */
export type ODataSlimResponse = Schemas['ODataSlimResponse'];
/** One row of an ODataSlimResponse: the selected archive columns. */
export type ODataRow = Schemas['ODataRow'];

/** The JSON body of an operation's 200 response. */
export type ResponseOf<Id extends keyof operations> = operations[Id]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never;
/** An operation's query parameters, named as the spec names them. */
export type QueryOf<Id extends keyof operations> = NonNullable<operations[Id]['parameters']['query']>;
/** The type of one of an operation's path parameters. */
export type PathParamOf<Id extends keyof operations, Name extends string> = operations[Id]['parameters']['path'] extends infer P ? (Name extends keyof P ? P[Name] : never) : never;
