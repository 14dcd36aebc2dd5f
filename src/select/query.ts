// The run-time side of `$select`: checks the paths and builds the query once. Loaded on first use
// (through the select-query.ts build entry), because the list of paths (every property of the
// entity and its carriers) is the largest piece of data in the client: callers who never select
// never download it.
import { CONTAINER_PATHS, SELECT_PATHS } from '../../generated/select-paths.js';
import { ChatSessionUsageError } from '../errors/usage-error.js';

const KNOWN = new Set<string>(SELECT_PATHS);
/** Each path by its lower-case form: the PATCH page reads paths in any letter case. */
const KNOWN_LOWER = new Map(SELECT_PATHS.map((known) => [known.toLowerCase(), known]));
const CONTAINERS = new Set<string>(CONTAINER_PATHS);

/**
 * The query string for `paths`: `$select=CustomerName,User/AssociateId`, names joined by commas,
 * nested paths with `/` (both are the syntax of the value, so they are not percent-encoded); or,
 * for a path the entity does not have, what is wrong (with a suggestion when only the letter case
 * is). It throws nothing: this module is loaded as a separate file, and an error class bundled
 * into it would be a second copy that `instanceof` in the main bundle does not recognise.
 */
export function buildSelectQuery(paths: unknown): { query: string } | { problem: string } {
  if (!Array.isArray(paths) || paths.length === 0) {
    return { problem: 'select must be a non-empty array of property paths, such as ["CustomerName", "User/AssociateId"].' };
  }
  for (const path of paths) {
    if (typeof path !== 'string' || !KNOWN.has(path)) {
      const suggestion = typeof path === 'string' ? SELECT_PATHS.find((known) => known.toLowerCase() === path.toLowerCase()) : undefined;
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '; use a property name such as "CustomerName" or a nested path such as "User/AssociateId".';
      return { problem: `select: ${JSON.stringify(path)} is not a property of ChatSessionEntityWithLinks${hint}` };
    }
  }
  const value = [...new Set(paths as string[])].map((path) => path.split('/').map(encodeURIComponent).join('/')).join(',');
  return { query: `$select=${value}` };
}

/** The query string for `paths`, or ChatSessionUsageError (for callers that bundle this module with the rest, such as the CLI). */
export function selectQuery(paths: unknown): string {
  const built = buildSelectQuery(paths);
  if ('problem' in built) throw new ChatSessionUsageError(built.problem);
  return built.query;
}

/**
 * Whether each JSON Patch path names a property of the entity, as the PATCH page reads paths: any
 * letter case, the leading slash optional (`/CustomerName`, `customername`, `User/AssociateId`),
 * with JSON Pointer's `~1` and `~0` escapes (no other `~`). The first segment must be a property; a second one, a
 * property of that carrier when it is one; a path may go deeper only into a value that holds values
 * (a carrier, a map such as ExtraFields, an array), never into one such as CustomerName. What is
 * deeper (keys of maps, array indexes) is the server's to judge.
 */
export function checkPatchPaths(paths: readonly string[]): { ok: true } | { problem: string } {
  for (const path of paths) {
    const segments = path.replace(/^\//, '').split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~').toLowerCase());
    const shown = JSON.stringify(path.slice(0, 80));
    // JSON Pointer has two escapes only: any other `~` would be read differently by each server.
    if (/~(?![01])/.test(path)) return { problem: `patch: the path ${shown} has a "~" that is not "~0" or "~1"; in a JSON Pointer write "~" as "~0" and "/" as "~1".` };
    // No property name holds a "/": an escaped one (`User~1AssociateId`) is one key to the server, not a path.
    const property = segments[0]!.includes('/') ? undefined : KNOWN_LOWER.get(segments[0]!);
    if (property === undefined) {
      return { problem: `patch: the path ${shown} is not a property of the chat session; use a property name such as "CustomerName" or "/User/AssociateId" (any letter case, leading slash optional).` };
    }
    if (segments.length < 2) continue;
    const isCarrier = SELECT_PATHS.some((known) => known.startsWith(`${property}/`));
    const sub = isCarrier && !segments[1]!.includes('/') ? KNOWN_LOWER.get(`${segments[0]}/${segments[1]}`) : undefined;
    if (isCarrier && sub === undefined) return { problem: `patch: the path ${shown} is not a property of ${property}; give one of its properties, such as "/User/AssociateId".` };
    const into = segments.length > 2 && sub !== undefined ? sub : property;
    if (!CONTAINERS.has(into)) {
      return { problem: `patch: the path ${shown} goes into ${into}, which holds a single value; give the path of the property itself, such as "/${into}".` };
    }
  }
  return { ok: true };
}
