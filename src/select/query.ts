// The run-time side of `$select`: checks the paths and builds the query once. Loaded on first use
// (through the select-query.ts build entry), because the list of paths (every property of the
// entity and its carriers) is the largest piece of data in the client: callers who never select
// never download it.
import { SELECT_PATHS } from '../../generated/select-paths.js';
import { ChatSessionUsageError } from '../errors/usage-error.js';

const KNOWN = new Set<string>(SELECT_PATHS);

/**
 * The query string for `paths`: `$select=CustomerName,User/AssociateId`, names joined by commas,
 * nested paths with `/` (both are the syntax of the value, so they are not percent-encoded).
 * Throws ChatSessionUsageError for a path the entity does not have, with a suggestion when only
 * the letter case is wrong.
 */
export function selectQuery(paths: unknown): string {
  if (!Array.isArray(paths) || paths.length === 0) {
    throw new ChatSessionUsageError('select must be a non-empty array of property paths, such as ["CustomerName", "User/AssociateId"].');
  }
  for (const path of paths) {
    if (typeof path !== 'string' || !KNOWN.has(path)) {
      const suggestion = typeof path === 'string' ? SELECT_PATHS.find((known) => known.toLowerCase() === path.toLowerCase()) : undefined;
      throw new ChatSessionUsageError(
        `select: ${JSON.stringify(path)} is not a property of ChatSessionEntityWithLinks` +
          (suggestion ? `; did you mean "${suggestion}"?` : '; use a property name such as "CustomerName" or a nested path such as "User/AssociateId".'),
      );
    }
  }
  const value = [...new Set(paths as string[])].map((path) => path.split('/').map(encodeURIComponent).join('/')).join(',');
  return `$select=${value}`;
}
