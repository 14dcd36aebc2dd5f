// superoffice-chatsession: a typed client for SuperOffice CRM's POST /api/v1/ChatSession.
export { createChatSessionClient, type ChatSessionClient, type CreateOptions } from './client.js';
export type { ChatSessionClientOptions } from './options/client-options.js';
export type { ChatSessionAuth, Secret } from './auth/credentials.js';
export type { SlowCallInfo } from './transport/slow-call.js';
export type { CreateResult, SelectPath, Selected } from './select/types.js';
export type { ChatSessionEntity, ChatSessionEntityWithLinks, components, operations, paths } from './types.js';
export * from './errors/index.js';
