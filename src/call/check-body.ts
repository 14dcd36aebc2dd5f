// What the request bodies must be, checked before anything is sent: an entity or a message is a
// plain object; a PATCH body is a JSON Patch document (an array, checked in checks/json-patch.ts) or a JSON
// Merge Patch object, and the two travel with different Content-Types.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { describeType } from '../utils/describe-type.js';

// toString, not the prototype, so objects from another realm (iframe, vm) are accepted too.
const isPlainObject = (value: unknown): value is Record<string, unknown> => Object.prototype.toString.call(value) === '[object Object]';

export function checkEntity(entity: unknown): void {
  if (!isPlainObject(entity)) throw new ChatSessionUsageError(`The entity must be a plain object such as { CustomerName: "Kris" }, got ${describeType(entity)}.`);
}

export function checkMessage(message: unknown): void {
  if (!isPlainObject(message)) throw new ChatSessionUsageError(`The message must be a plain object such as { Message: "Hello", Type: "ToCustomer" }, got ${describeType(message)}.`);
}

/**
 * A PATCH body: a merge-patch object, or an array, which the lazily loaded checks/json-patch.ts
 * checks as a JSON Patch document (its operations and their paths).
 */
export function checkPatch(patch: unknown): void {
  if (!isPlainObject(patch) && !Array.isArray(patch)) {
    throw new ChatSessionUsageError(`The patch must be a JSON Patch array such as [{ op: "replace", path: "CustomerName", value: "Kris" }] or a merge-patch object such as { CustomerName: "Kris" }, got ${describeType(patch)}.`);
  }
}

export function patchContentType(patch: unknown): string {
  return Array.isArray(patch) ? 'application/json-patch+json' : 'application/merge-patch+json';
}
