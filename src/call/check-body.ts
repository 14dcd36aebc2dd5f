// What the request bodies must be, checked before anything is sent: an entity or a message is a
// plain object; a PATCH body is a JSON Patch document (an array of typed operations) or a JSON
// Merge Patch object, and the two travel with different Content-Types.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { describeType } from '../utils/describe-type.js';

const PATCH_OPS = ['add', 'replace', 'remove', 'test'];

// toString, not the prototype, so objects from another realm (iframe, vm) are accepted too.
const isPlainObject = (value: unknown): value is Record<string, unknown> => Object.prototype.toString.call(value) === '[object Object]';

export function checkEntity(entity: unknown): void {
  if (!isPlainObject(entity)) throw new ChatSessionUsageError(`The entity must be a plain object such as { CustomerName: "Kris" }, got ${describeType(entity)}.`);
}

export function checkMessage(message: unknown): void {
  if (!isPlainObject(message)) throw new ChatSessionUsageError(`The message must be a plain object such as { Message: "Hello", Type: "ToCustomer" }, got ${describeType(message)}.`);
}

/**
 * A JSON Patch document: a non-empty array of `{ op, path, value }` with the operations the page
 * supports (add, replace, remove, test; not move or copy), `value` present except for remove; or a
 * merge-patch object. The paths are checked against the entity's properties by select/query.ts.
 */
export function checkPatch(patch: unknown): void {
  if (isPlainObject(patch)) return;
  if (!Array.isArray(patch)) {
    throw new ChatSessionUsageError(`The patch must be a JSON Patch array such as [{ op: "replace", path: "CustomerName", value: "Kris" }] or a merge-patch object such as { CustomerName: "Kris" }, got ${describeType(patch)}.`);
  }
  if (patch.length === 0) throw new ChatSessionUsageError('The JSON Patch array is empty: give at least one operation, such as { op: "replace", path: "CustomerName", value: "Kris" }.');
  patch.forEach((operation: unknown, index) => {
    const where = `patch[${index}]`;
    if (!isPlainObject(operation)) throw new ChatSessionUsageError(`${where} must be an object such as { op: "replace", path: "CustomerName", value: "Kris" }, got ${describeType(operation)}.`);
    if (typeof operation.op !== 'string' || !PATCH_OPS.includes(operation.op)) {
      throw new ChatSessionUsageError(`${where}.op must be one of ${PATCH_OPS.join(', ')} (the server supports no others), got ${describeValue(operation.op)}.`);
    }
    if (typeof operation.path !== 'string') throw new ChatSessionUsageError(`${where}.path must be a string such as "CustomerName" or "/User/AssociateId", got ${describeType(operation.path)}.`);
    if (operation.op !== 'remove' && !('value' in operation)) throw new ChatSessionUsageError(`${where} (${operation.op}) needs a value.`);
  });
}

/** The paths of a JSON Patch document, for the check against the entity's properties; undefined for a merge patch. */
export function patchPaths(patch: unknown): string[] | undefined {
  return Array.isArray(patch) ? patch.map((operation: { path: string }) => operation.path) : undefined;
}

export function patchContentType(patch: unknown): string {
  return Array.isArray(patch) ? 'application/json-patch+json' : 'application/merge-patch+json';
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : describeType(value);
}
