// Path and query parameters, checked before anything is sent and serialised once: ids are positive
// 32-bit integers, a user is a name or an id, and each query parameter holds what the spec says.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { describeType } from '../utils/describe-type.js';

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
  // (even percent-encoded) and move the request to another path, so they are refused.
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 256 && value !== '.' && value !== '..' && !/[\u0000-\u001f\u007f]/.test(value)) return value;
  throw new ChatSessionUsageError(`${method}: ${name} must be a user's name (1 to 256 characters, no control characters, not "." or "..") or a positive 32-bit associate id, got ${describeId(value)}.`);
}

/** The query string (without "?"): the operation's query parameters given (already known to be its own), each checked, then `extra` (the `$select` part). */
export function buildQuery(method: string, spec: QuerySpec | undefined, query: Readonly<Record<string, unknown>> | undefined, extra: string | undefined): string | undefined {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || !spec) continue;
    checkQueryValue(method, name, spec[name]!, value);
    parts.push(`${name}=${encodeValue(String(value))}`);
  }
  if (extra) parts.push(extra);
  return parts.length > 0 ? parts.join('&') : undefined;
}

function checkQueryValue(method: string, name: string, kind: QueryKind, value: unknown): void {
  const ok =
    kind === 'string' ? typeof value === 'string'
    : kind === 'int32' ? isInt32(value, -INT32_MAX - 1)
    : kind === 'count' ? isInt32(value, 0)
    : kind === 'boolean' ? typeof value === 'boolean'
    : kind.includes(value as string);
  if (ok) return;
  const wanted =
    kind === 'string' ? 'a string'
    : kind === 'int32' ? 'a 32-bit integer'
    : kind === 'count' ? `an integer from 0 to ${INT32_MAX}`
    : kind === 'boolean' ? 'true or false'
    : `one of ${kind.join(', ')}`;
  throw new ChatSessionUsageError(`${method}: ${name} must be ${wanted}, got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : describeId(value)}.`);
}

/** A wrong id as messages show it: numbers as they are (they are not secret), other values by type. */
function describeId(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : describeType(value);
}

/** `$select=a,b/c` for archive columns, whose names the spec does not list: any name without commas or control characters. */
export function archiveSelectQuery(method: string, columns: unknown): string {
  const good = (column: unknown) => typeof column === 'string' && column !== '' && column.length <= 200 && !/[,\u0000-\u001f\u007f]/.test(column);
  if (!Array.isArray(columns) || columns.length === 0 || !columns.every(good)) {
    throw new ChatSessionUsageError(`${method}: select must be a non-empty array of archive column names such as ["name", "category/id"] (no commas or control characters).`);
  }
  const value = [...new Set(columns as string[])].map((column) => column.split('/').map(encodeValue).join('/')).join(',');
  return `$select=${value}`;
}

/** encodeURIComponent, and also ! ' ( ) * (RFC 3986's reserved sub-delimiters): the URL parser would encode ' in a query anyway, and errors show the URL as sent. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
