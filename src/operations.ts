// The operations of the ChatSession resource, as data the generic per-call pipeline
// (call/pipeline.ts) runs. Adding an operation is an entry here and a line in client.ts.
import type { ValidationIssue } from './errors/validation-error.js';
import type { operations, paths } from './types.js';
import { ChatSessionUsageError } from './errors/usage-error.js';
import { describeType } from './utils/describe-type.js';

type ValidationModule = typeof import('./validation.js');

export interface Operation {
  /** The operationId in the spec (reported to `onSlowCall`). */
  readonly id: keyof operations;
  /** The client method that runs it, for messages. */
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: keyof paths;
  /** The response schema's name, and what a 2xx body should be, for messages. */
  readonly result: { readonly schema: string; readonly description: string };
  /** Throws ChatSessionUsageError when the body cannot be right; nothing is sent. */
  readonly checkBody?: (body: unknown) => void;
  /** With `validateResponses`: the places where a 2xx body does not match the spec. */
  readonly validate?: (validation: ValidationModule, data: unknown, select: readonly string[] | undefined) => ValidationIssue[];
}

/** `POST /api/v1/ChatSession`: SaveChatSessionEntity. */
export const CREATE = {
  id: 'PostChatSessionEntity',
  name: 'create',
  method: 'POST',
  path: '/api/v1/ChatSession',
  result: { schema: 'ChatSessionEntityWithLinks', description: 'the saved chat session' },
  checkBody: checkEntity,
  validate: (validation, data, select) => validation.validateChatSessionResponse(data, select),
} as const satisfies Operation;

export const OPERATIONS: readonly Operation[] = [CREATE];

/** The operationId of a `client.raw` call, from its method and path template. */
export function operationIdOf(method: string, path: string): keyof operations {
  const found = OPERATIONS.find((operation) => operation.method === method.toUpperCase() && operation.path === path);
  return found?.id ?? (`${method.toUpperCase()} ${path}` as keyof operations);
}

function checkEntity(entity: unknown): void {
  // toString, not the prototype, so objects from another realm (iframe, vm) are accepted too.
  if (Object.prototype.toString.call(entity) !== '[object Object]') {
    throw new ChatSessionUsageError(`The entity must be a plain object such as { CustomerName: "Kris" }, got ${describeType(entity)}.`);
  }
}
