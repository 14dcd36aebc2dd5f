// superoffice-chatsession: a typed client for SuperOffice CRM's ChatSession resource.
export {
  createChatSessionClient,
  type ChatSessionClient,
  type ChatSessionPatchBody,
  type CreateOptions,
  type EntityOptions,
  type ListOptions,
  type PagesOptions,
  type PatchOptions,
} from './client.js';
export type { BaseCallOptions, RetryableCallOptions, SelectOptions } from './call/call-options.js';
export type { RetryOptions } from './call/retry-types.js';
export type { ChatSessionClientOptions } from './options/client-options.js';
export type { ChatSessionAuth, Secret } from './auth/credentials.js';
export type { SlowCallInfo } from './transport/slow-call.js';
export type { CreateResult, EntityResult, ListResult, SelectPath, Selected } from './select/types.js';
export type {
  ChatMessage,
  ChatSessionEntity,
  ChatSessionEntityWithLinks,
  ChatSessionEntityWithRights,
  ChatSessionPatchDocument,
  ChatSessionPatchOperation,
  ODataRow,
  ODataSlimResponse,
  ResponseOf,
  components,
  operations,
  paths,
} from './types.js';
export * from './errors/index.js';
