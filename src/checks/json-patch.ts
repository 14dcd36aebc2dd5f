// A JSON Patch document for PATCH: a non-empty array of `{ op, path, value }` with the operations
// the page supports (add, replace, remove, test; not move or copy), `value` present except for
// remove, and each path a property of the entity (select/query.ts). Returns what is wrong.
import { isPlainObject } from '../call/check-body.js';
import { checkPatchPaths } from '../select/query.js';
import { describeType } from '../utils/describe-type.js';

const PATCH_OPS = ['add', 'replace', 'remove', 'test'];

export function checkJsonPatch(patch: readonly unknown[]): { ok: true } | { problem: string } {
  if (patch.length === 0) return { problem: 'The JSON Patch array is empty: give at least one operation, such as { op: "replace", path: "CustomerName", value: "Kris" }.' };
  for (const [index, operation] of patch.entries()) {
    const where = `patch[${index}]`;
    if (!isPlainObject(operation)) return { problem: `${where} must be an object such as { op: "replace", path: "CustomerName", value: "Kris" }, got ${describeType(operation)}.` };
    const { op, path } = operation as { op?: unknown; path?: unknown };
    if (typeof op !== 'string' || !PATCH_OPS.includes(op)) {
      return { problem: `${where}.op must be one of ${PATCH_OPS.join(', ')} (the server supports no others), got ${typeof op === 'string' ? JSON.stringify(op.slice(0, 40)) : describeType(op)}.` };
    }
    if (typeof path !== 'string') return { problem: `${where}.path must be a string such as "CustomerName" or "/User/AssociateId", got ${describeType(path)}.` };
    if (op !== 'remove' && !('value' in (operation as object))) return { problem: `${where} (${op}) needs a value.` };
  }
  return checkPatchPaths(patch.map((operation) => (operation as { path: string }).path));
}
