// The chat session lifecycle, as data: create → get → patch → add a message → read the messages →
// delete. `chatsession lifecycle` (npm start) runs it and prints each step; `chatsession contract`
// runs the same steps through Prism's validator. Each step is one call of the library's client.
import type { ChatSessionClient } from '../client.js';
import type { ChatMessage, ChatSessionEntity, ChatSessionPatchDocument } from '../types.js';
import type { Promised } from './contract-report.js';

export interface StepContext {
  readonly entity: ChatSessionEntity;
  /** The id of the chat session the create step saved (0 before it). */
  readonly id: number;
  readonly signal?: AbortSignal;
}

export interface LifecycleStep {
  /** The client method it calls. */
  readonly name: string;
  /** What it does, for a person. */
  readonly title: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The path under the base URL, with the chat session's id. */
  path(id: number): string;
  /** What its 2xx answer carries; undefined: no body (204). */
  readonly promised?: Promised;
  call(client: ChatSessionClient, context: StepContext): Promise<unknown>;
}

/** The change the patch step makes: a JSON Patch, the form of the vendor's own example. */
export const LIFECYCLE_PATCH: ChatSessionPatchDocument = [{ op: 'replace', path: '/CustomerName', value: 'Kris (lifecycle check)' }];

/** The message the add-message step adds. */
export const LIFECYCLE_MESSAGE: ChatMessage = { Type: 'ToCustomer', Message: 'Hello! This message was added by the chatsession lifecycle.', Author: 'chatsession' };

const SESSION = '/api/v1/ChatSession';
const signalOf = (context: StepContext) => (context.signal ? { signal: context.signal } : {});

export const CREATE_STEP: LifecycleStep = {
  name: 'create',
  title: 'create a chat session',
  method: 'POST',
  path: () => SESSION,
  promised: { description: 'the saved chat session', entity: true },
  call: (client, context) => client.create(context.entity, signalOf(context)),
};

/** The steps between create and delete: each needs the created session's id. */
export const MIDDLE_STEPS: readonly LifecycleStep[] = [
  { name: 'get', title: 'read it back', method: 'GET', path: (id) => `${SESSION}/${id}`, promised: { description: 'the chat session', entity: true }, call: (client, c) => client.get(c.id, signalOf(c)) },
  { name: 'patch', title: 'change its CustomerName (JSON Patch)', method: 'PATCH', path: (id) => `${SESSION}/${id}`, promised: { description: 'the saved chat session', entity: true }, call: (client, c) => client.patch(c.id, LIFECYCLE_PATCH, signalOf(c)) },
  { name: 'addMessage', title: 'add a message', method: 'POST', path: (id) => `${SESSION}/${id}/Messages`, promised: { description: 'the saved message' }, call: (client, c) => client.addMessage(c.id, LIFECYCLE_MESSAGE, signalOf(c)) },
  { name: 'messages', title: 'read its messages', method: 'GET', path: (id) => `${SESSION}/${id}/Messages`, promised: { description: 'the messages (an array)' }, call: (client, c) => client.messages(c.id, signalOf(c)) },
];

export const DELETE_STEP: LifecycleStep = {
  name: 'delete',
  title: 'delete it',
  method: 'DELETE',
  path: (id) => `${SESSION}/${id}`,
  call: (client, c) => client.delete(c.id, signalOf(c)),
};

export const LIFECYCLE: readonly LifecycleStep[] = [CREATE_STEP, ...MIDDLE_STEPS, DELETE_STEP];

/**
 * The id of the chat session a create step saved: a positive whole number in `ChatSessionId`,
 * or undefined (the steps that need it cannot run; a server that gives none cannot be cleaned up after).
 */
export function createdId(saved: unknown): number | undefined {
  const id = saved !== null && typeof saved === 'object' ? (saved as { ChatSessionId?: unknown }).ChatSessionId : undefined;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 && id <= 2147483647 ? id : undefined;
}
