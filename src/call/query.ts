// Path and query parameters: path parameters checked before anything is sent (ids are positive
// 32-bit integers, a user is a name or an id), and what each query parameter must hold (checked by
// checks/query-values.ts, loaded with the lazy checks when a call has query parameters).
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { describeType } from '../utils/describe-type.js';
import { isWellFormed } from '../utils/well-formed.js';

/** What a query parameter holds: text, an int32, a non-negative int32, a boolean, or one of some names. */
export type QueryKind = 'string' | 'int32' | 'count' | 'boolean' | readonly string[];
export type QuerySpec = Readonly<Record<string, QueryKind>>;

/** The OData-style parameters of the archive lists (`$select` is the `select` option). */
export const ARCHIVE_QUERY: QuerySpec = {
  $filter: 'string',
  $orderBy: 'string',
  $entities: 'string',
  $top: 'count',
  $skip: 'count',
  $mode: ['Slim', 'Wide', 'Full'],
  $options: 'string',
  $context: 'string',
  $format: 'string',
  $jsonSafe: 'boolean',
  $output: ['Logical', 'Display'],
};

const INT32_MAX = 2_147_483_647;

const isInt32 = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= INT32_MAX;

/** The value a path parameter is sent with; `method` names the client method, for messages. */
export function pathValue(method: string, name: string, kind: 'id' | 'associate', value: unknown): string | number {
  if (kind === 'id') {
    if (isInt32(value, 1)) return value;
    throw new ChatSessionUsageError(`${method}: ${name} must be a positive 32-bit integer (1 to ${INT32_MAX}), got ${describeId(value)}.`);
  }
  if (isInt32(value, 1)) return String(value);
  // A name travels percent-encoded as one path segment; "." and ".." would be read as dot segments
  // (even percent-encoded) and move the request to another path, so they are refused; so is a lone
  // surrogate, which cannot be percent-encoded.
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 256 && value !== '.' && value !== '..' && !/[\u0000-\u001f\u007f]/.test(value) && isWellFormed(value)) return value;
  throw new ChatSessionUsageError(`${method}: ${name} must be a user's name (1 to 256 characters, no control characters or lone surrogates, not "." or "..") or a positive 32-bit associate id, got ${describeId(value)}.`);
}

/** A wrong id as messages show it: numbers as they are (they are not secret), other values by type. */
function describeId(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : describeType(value);
}
