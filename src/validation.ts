// Response validation against the spec: the `superoffice-chatsession/validation` entry point.
// The response schemas are generated data (generated/response-schemas.ts) that a small interpreter
// checks at run time (validation/check-schema.ts), so this needs no ajv; it lives in its own module
// (loaded lazily by the client) so the main bundle stays small.
import { $defs, responses } from '../generated/response-schemas.js';
import type { ValidationIssue } from './errors/validation-error.js';
import type { operations } from './types.js';
import { clip } from './utils/clip.js';
import { MAX_ISSUES, schemaCompiler, type Schema, type SchemaCheck } from './validation/check-schema.js';

/** The most issues a validation lists: a body with more is checked only up to the one that makes this many. */
export const MAX_VALIDATION_ISSUES: number = MAX_ISSUES;

const compile = schemaCompiler($defs as Readonly<Record<string, Schema>>);
/** Each schema compiled on first use. */
const checks = new Map<string, SchemaCheck>();
const checkOf = (key: string, schema: () => Schema): SchemaCheck => {
  let check = checks.get(key);
  if (!check) checks.set(key, (check = compile(schema())));
  return check;
};

/**
 * The places where `data` does not match ChatSessionEntityWithLinks (at most MAX_VALIDATION_ISSUES); empty when it matches.
 * With `select`, the properties the server nulled out (those not selected) are not checked.
 */
export function validateChatSessionResponse(data: unknown, select?: readonly string[]): ValidationIssue[] {
  const check = checkOf('#ChatSessionEntityWithLinks', () => ({ $ref: '#/$defs/ChatSessionEntityWithLinks' }));
  return check(select ? withoutUnselectedNulls(data, select) : data);
}

/**
 * The places where `data`, the 2xx body of the operation `operationId`, does not match that
 * operation's response schema in the spec (at most MAX_VALIDATION_ISSUES); empty when it matches. With `select` (the entity's
 * `$select` paths), the properties the server nulled out are not checked.
 */
export function validateResponse(operationId: keyof operations, data: unknown, select?: readonly string[]): ValidationIssue[] {
  const id = String(operationId);
  if (!Object.hasOwn(responses, id)) throw new TypeError(`No response validator for ${id}`);
  return checkOf(id, () => responses[id] as Schema)(select ? withoutUnselectedNulls(data, select) : data);
}

/** How many issues describeIssues names. */
const NAMED = 20;

/**
 * The issues in one line, as ChatSessionValidationError's message gives them: the first 20, each
 * path clipped (a key may be as long as the body), then how many more there are (a body can break
 * the schema once per item), and that the check stopped when it made MAX_VALIDATION_ISSUES.
 */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  const more = issues.length - NAMED;
  const stopped = issues.length < MAX_VALIDATION_ISSUES ? '' : `; the check stops at ${MAX_VALIDATION_ISSUES}`;
  return issues.slice(0, NAMED).map((issue) => `${clip(issue.path) || '(body)'} ${issue.message}`).join('; ') + (more > 0 ? `; and ${more} more issues (see issues${stopped})` : '');
}

/**
 * A copy without the null properties that `$select` told the server to null out. Built from entries,
 * so a `__proto__` key of the body stays a key of the copy (an assignment would set its prototype).
 */
function withoutUnselectedNulls(data: unknown, select: readonly string[]): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  return Object.fromEntries(
    Object.entries(data).flatMap(([key, value]) => {
      const subs = select.filter((path) => path.startsWith(`${key}/`)).map((path) => path.slice(key.length + 1));
      if (select.includes(key)) return [[key, value]];
      if (subs.length > 0) return [[key, withoutUnselectedNulls(value, subs)]];
      return value === null ? [] : [[key, value]];
    }),
  );
}
