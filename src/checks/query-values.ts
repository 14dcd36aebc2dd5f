// The query string of a call: each query parameter checked against what the spec says it holds, and
// percent-encoded; archive columns for `$select`. Returns what is wrong instead of throwing.
import { OPTION_NAMES } from '../call/call-options.js';
import type { QueryKind, QuerySpec } from '../call/query.js';
import { describeType } from '../utils/describe-type.js';
import { isWellFormed } from '../utils/well-formed.js';

const INT32_MAX = 2_147_483_647;
type Built = { query: string } | { problem: string };

const isInt32 = (value: unknown, min: number) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= INT32_MAX;

/** The query string (without "?"): `query`'s parameters (the options that are not call options), then `extra` (the `$select` part). */
export function queryString(method: string, spec: QuerySpec | undefined, query: Readonly<Record<string, unknown>> | undefined, extra: string | undefined): Built {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (!spec || !Object.hasOwn(spec, name)) {
      const hint = name === '$select' ? ' Give the columns as select: ["name", "category/id"].' : '';
      return { problem: `${method}: unknown option ${JSON.stringify(name.slice(0, 40))}.${hint} It takes ${[...OPTION_NAMES, ...Object.keys(spec ?? {})].join(', ')}.` };
    }
    if (value === undefined) continue;
    const problem = checkValue(method, name, spec[name]!, value);
    if (problem) return { problem };
    parts.push(`${name}=${encodeValue(String(value))}`);
  }
  if (extra) parts.push(extra);
  return { query: parts.join('&') };
}

/** `$select=a,b/c` for archive columns, whose names the spec does not list: any name without commas or control characters. */
export function archiveSelectQuery(method: string, columns: unknown): Built {
  const good = (column: unknown) => typeof column === 'string' && column !== '' && column.length <= 200 && !/[,\u0000-\u001f\u007f]/.test(column) && isWellFormed(column);
  if (!Array.isArray(columns) || columns.length === 0 || !columns.every(good)) {
    return { problem: `${method}: select must be a non-empty array of archive column names such as ["name", "category/id"] (no commas, control characters or lone surrogates).` };
  }
  return { query: `$select=${[...new Set(columns as string[])].map((column) => column.split('/').map(encodeValue).join('/')).join(',')}` };
}

function checkValue(method: string, name: string, kind: QueryKind, value: unknown): string | undefined {
  const [ok, wanted] =
    kind === 'string' ? [typeof value === 'string' && isWellFormed(value), 'a string of well-formed Unicode (no lone surrogate)']
    : kind === 'int32' ? [isInt32(value, -INT32_MAX - 1), 'a 32-bit integer']
    : kind === 'count' ? [isInt32(value, 0), `an integer from 0 to ${INT32_MAX}`]
    : kind === 'boolean' ? [typeof value === 'boolean', 'true or false']
    : [kind.includes(value as string), `one of ${kind.join(', ')}`];
  if (ok) return undefined;
  const got = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value === 'number' ? String(value) : describeType(value);
  return `${method}: ${name} must be ${wanted}, got ${got}.`;
}

/** encodeURIComponent, and also ! ' ( ) * (RFC 3986's reserved sub-delimiters): the URL parser would encode ' in a query anyway, and errors show the URL as sent. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
