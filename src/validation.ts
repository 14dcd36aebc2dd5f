// Response validation against the spec: the `superoffice-chatsession/validation` entry point.
// The validator is ajv standalone code compiled from the spec at generate time, so this needs no
// ajv at run time; it lives in its own module so the main bundle stays small.
import validate, * as validators from '../generated/validate-response.js';
import type { ValidationIssue } from './errors/validation-error.js';
import type { operations } from './types.js';

interface AjvError {
  instancePath: string;
  message?: string;
  keyword: string;
}

/**
 * The places where `data` does not match ChatSessionEntityWithLinks; empty when it matches.
 * With `select`, the properties the server nulled out (those not selected) are not checked.
 */
export function validateChatSessionResponse(data: unknown, select?: readonly string[]): ValidationIssue[] {
  return issuesOf(validate, select ? withoutUnselectedNulls(data, select) : data);
}

/**
 * The places where `data`, the 2xx body of the operation `operationId`, does not match that
 * operation's response schema in the spec; empty when it matches. With `select` (the entity's
 * `$select` paths), the properties the server nulled out are not checked.
 */
export function validateResponse(operationId: keyof operations, data: unknown, select?: readonly string[]): ValidationIssue[] {
  const validator = (validators as unknown as Record<string, unknown>)[operationId];
  if (typeof validator !== 'function') throw new TypeError(`No response validator for ${String(operationId)}`);
  return issuesOf(validator, select ? withoutUnselectedNulls(data, select) : data);
}

function issuesOf(validator: unknown, checked: unknown): ValidationIssue[] {
  if ((validator as (d: unknown) => boolean)(checked)) return [];
  const errors = ((validator as { errors?: AjvError[] }).errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'allOf');
  const seen = new Set<string>();
  return errors
    .map((e) => ({ path: e.instancePath, message: e.message ?? e.keyword }))
    .filter((issue) => !seen.has(`${issue.path} ${issue.message}`) && seen.add(`${issue.path} ${issue.message}`));
}

/** A copy without the null properties that `$select` told the server to null out. */
function withoutUnselectedNulls(data: unknown, select: readonly string[]): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const whole = select.includes(key);
    const subs = select.filter((path) => path.startsWith(`${key}/`)).map((path) => path.slice(key.length + 1));
    if (whole) copy[key] = value;
    else if (subs.length > 0) copy[key] = withoutUnselectedNulls(value, subs);
    else if (value !== null) copy[key] = value;
  }
  return copy;
}
