// Where each reference page lives in the spec: its operation, and the spec's name for what the page
// calls it. The operationIds and tags here are the stable public names; changing one fails the tests.
import type { Page } from './pages';
import { bundled, deref, type Json } from './spec';

/** The operationId and tag of each page, by its uid. */
export const OPERATIONS: Record<string, { operationId: string; tag: string }> = {
  v1ChatSessionEntity_GetChatSessionEntity: { operationId: 'GetChatSessionEntity', tag: 'ChatSession' },
  v1ChatSessionEntity_PutChatSessionEntity: { operationId: 'PutChatSessionEntity', tag: 'ChatSession' },
  v1ChatSessionEntity_PatchChatSessionEntity: { operationId: 'PatchChatSessionEntity', tag: 'ChatSession' },
  v1ChatSessionEntity_DeleteChatSessionEntity: { operationId: 'DeleteChatSessionEntity', tag: 'ChatSession' },
  v1ChatSessionEntity_DefaultChatSessionEntity: { operationId: 'DefaultChatSessionEntity', tag: 'ChatSession' },
  v1ChatSessionEntity_GetAll: { operationId: 'GetAllChatSessions', tag: 'ChatSession' },
  v1ChatSessionEntity_ChatSessionsForUser: { operationId: 'ChatSessionsForUser', tag: 'ChatSession' },
  v1ChatSessionEntity_GetChatMessages: { operationId: 'GetChatMessages', tag: 'ChatSession' },
  v1ChatSessionEntity_AddChatMessage: { operationId: 'AddChatMessage', tag: 'ChatSession' },
  v1ChatSessionEntity_GetChatTranscript: { operationId: 'GetChatTranscript', tag: 'ChatSession' },
  v1ChatSessionEntity_PickUpChatSession: { operationId: 'PickUpChatSession', tag: 'ChatSession' },
  v1ChatSessionEntity_PickUpFirstChatSession: { operationId: 'PickUpFirstChatSession', tag: 'ChatSession' },
  v1ChatSessionEntity_ResetChatSession: { operationId: 'ResetChatSession', tag: 'ChatSession' },
  v1ChatSessionEntity_TransferChatSession: { operationId: 'TransferChatSession', tag: 'ChatSession' },
  v1ChatSessionEntity_AcceptChatSessionTransfer: { operationId: 'AcceptChatSessionTransfer', tag: 'ChatSession' },
  v1ChatSessionEntity_RejectChatSessionTransfer: { operationId: 'RejectChatSessionTransfer', tag: 'ChatSession' },
  v1ChatTopicEntity_CreateChatSessionForTopic: { operationId: 'CreateChatSessionForTopic', tag: 'ChatTopic' },
  v1ChatTopicEntity_Sessions: { operationId: 'GetChatTopicSessions', tag: 'ChatTopic' },
};

/**
 * The spec's name of a page's path parameter. Both ChatTopic pages are on one path, which OpenAPI allows
 * to have one parameter name only: the GET page's `id` is the POST page's `chatTopicId`.
 */
export const specParameterName = (page: Page, name: string): string => (page.uid === 'v1ChatTopicEntity_Sessions' && name === 'id' ? 'chatTopicId' : name);

/** The spec's path of a page's operation. */
export const specPath = (page: Page): string => page.path.replace(/\{(\w+)\}/g, (_all, name: string) => `{${specParameterName(page, name)}}`);

/** The bundled operation of a page. */
export function operationOf(page: Page): Json {
  const operation = bundled.paths[specPath(page)]?.[page.method.toLowerCase()];
  if (!operation) throw new Error(`no ${page.method} ${specPath(page)} in the spec`);
  return operation;
}

/** The parameters of an operation, dereferenced. */
export const parametersOf = (operation: Json): Json[] => (operation.parameters ?? []).map(deref);

/** The 2xx response of an operation, dereferenced, with its status. */
export function successOf(operation: Json): { status: string; response: Json } {
  const status = Object.keys(operation.responses).find((s) => s.startsWith('2'))!;
  return { status, response: deref(operation.responses[status]) };
}
