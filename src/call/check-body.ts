// What a request body must be, checked before anything is sent: an entity or a message is a plain
// object (a PATCH body's checks are in check-patch.ts). A check returns the problem (what to fix) or
// undefined, and the pipeline throws it as a ChatSessionUsageError: the checks of the operations
// other than create are loaded as a separate file (lazy-operations.ts), so they throw nothing.
import { describeType } from '../utils/describe-type.js';

// toString, not the prototype, so objects from another realm (iframe, vm) are accepted too.
export const isPlainObject = (value: unknown): value is Record<string, unknown> => Object.prototype.toString.call(value) === '[object Object]';

/** The check of a body that must be a plain object: the `what` (entity, message) such as `example`. */
export const plainObject =
  (what: string, example: string) =>
  (body: unknown): string | undefined =>
    isPlainObject(body) ? undefined : `The ${what} must be a plain object such as ${example}, got ${describeType(body)}.`;

export const checkEntity = plainObject('entity', '{ CustomerName: "Kris" }');
