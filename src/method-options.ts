// The options each client method takes, and the types of its arguments (ChatSessionClient in client.ts
// gives each method its signature with these).
import type { BaseCallOptions, RetryableCallOptions, SelectOptions } from './call/call-options.js';
import type { SelectPath } from './select/types.js';
import type { ChatSessionEntity, ChatSessionPatchDocument, PathParamOf, QueryOf } from './types.js';

/** Options of create: `select` narrows the result. Not retried (POST is not idempotent). */
export type CreateOptions<S extends readonly SelectPath[] | undefined> = BaseCallOptions & SelectOptions<S>;
/** Options of get and update: `select` narrows the result; `retry` opts in to retries. */
export type EntityOptions<S extends readonly SelectPath[] | undefined> = RetryableCallOptions & SelectOptions<S>;
/** Options of patch: `select` narrows the result. Not retried (PATCH is not idempotent). */
export type PatchOptions<S extends readonly SelectPath[] | undefined> = BaseCallOptions & SelectOptions<S>;
/** Options of list and topicSessions: the OData-style parameters as the spec names them, `select` (archive columns) and `retry`. */
export type ListOptions<C extends readonly string[] | undefined> = RetryableCallOptions & SelectOptions<C> & Omit<QueryOf<'GetAllChatSessions'>, '$select'>;
/** Options of listPages and topicSessionPages: those of list, and how many pages to read at most. */
export type PagesOptions<C extends readonly string[] | undefined> = ListOptions<C> & {
  /** The most pages read (1 to 10 000): the walk ends there even when the server links further. */
  readonly maxPages: number;
};
/** A chat session id, a chat topic id: a positive 32-bit integer. */
export type Id = PathParamOf<'GetChatSessionEntity', 'id'>;
/** A JSON Patch document, or a JSON Merge Patch object (a partial entity). */
export type ChatSessionPatchBody = ChatSessionPatchDocument | ChatSessionEntity;
