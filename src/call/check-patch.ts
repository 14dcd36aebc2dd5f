// A PATCH body: a JSON Patch document (an array, whose operations and paths the lazily loaded
// checks/json-patch.ts checks) or a JSON Merge Patch object, which travel with different
// Content-Types. Returns the problem instead of throwing (see check-body.ts).
import { describeType } from '../utils/describe-type.js';
import { isPlainObject } from './check-body.js';

export function checkPatch(patch: unknown): string | undefined {
  if (!isPlainObject(patch) && !Array.isArray(patch)) {
    return `The patch must be a JSON Patch array such as [{ op: "replace", path: "CustomerName", value: "Kris" }] or a merge-patch object such as { CustomerName: "Kris" }, got ${describeType(patch)}.`;
  }
}

export function patchContentType(patch: unknown): string {
  return Array.isArray(patch) ? 'application/json-patch+json' : 'application/merge-patch+json';
}
