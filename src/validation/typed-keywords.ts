// The keywords that apply to one JSON type (ajv's keyword groups), each compiled into checks that run,
// in ajv's order, on data of that type only.
import type { Schema } from './check-schema.js';
import { below, each, report, type Check } from './walk.js';

const isObject = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data);

/** JSON types as ajv tells them (strictNumbers: no NaN or Infinity). */
export const IS_TYPE: Record<string, (data: unknown) => boolean> = {
  string: (data) => typeof data === 'string',
  number: (data) => typeof data === 'number' && Number.isFinite(data),
  integer: (data) => Number.isInteger(data),
  boolean: (data) => typeof data === 'boolean',
  null: (data) => data === null,
  array: (data) => Array.isArray(data),
  object: isObject,
};

/**
 * ajv's keyword groups, in the order its code runs them (after the keywords for any type): a schema
 * whose single `type` has keywords of its group reports the type error there; any other `type` is
 * checked first.
 */
export const GROUPS = [
  ['number', ['maximum', 'minimum']],
  ['string', ['pattern']],
  ['array', ['items']],
  ['object', ['required', 'additionalProperties', 'properties']],
] as const;

/** The checks of one group's keywords in `schema`, in ajv's order (the order of GROUPS' lists). */
export function typedChecks(group: (typeof GROUPS)[number][0], schema: Exclude<Schema, true>, compile: (schema: Schema) => Check): Check[] {
  const checks: Check[] = [];
  if (group === 'number') {
    const { maximum, minimum } = schema as { maximum?: number; minimum?: number };
    if (maximum !== undefined) checks.push((data, walk) => (data as number) <= maximum || report(walk, `must be <= ${maximum}`));
    if (minimum !== undefined) checks.push((data, walk) => (data as number) >= minimum || report(walk, `must be >= ${minimum}`));
  } else if (group === 'string' && schema.pattern !== undefined) {
    const source = String(schema.pattern);
    const pattern = new RegExp(source, 'u'); // once, with the flag ajv uses
    const message = `must match pattern "${source}"`;
    checks.push((data, walk) => pattern.test(data as string) || report(walk, message));
  } else if (group === 'array' && schema.items !== undefined) {
    const item = compile(schema.items as Schema);
    checks.push((data, walk) => each(walk, (data as unknown[]).length, (i) => below(item, (data as unknown[])[i], i, walk)));
  } else if (group === 'object') {
    checks.push(...objectChecks(schema, compile));
  }
  return checks;
}

/** required, additionalProperties, properties: own properties only, so `__proto__` or `constructor` keys are plain data. */
function objectChecks(schema: Exclude<Schema, true>, compile: (schema: Schema) => Check): Check[] {
  const checks: Check[] = [];
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  if (schema.required !== undefined) {
    const required = schema.required as readonly string[];
    checks.push((data, walk) => each(walk, required.length, (i) => Object.hasOwn(data as object, required[i]!) || report(walk, `must have required property '${required[i]}'`)));
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
    const additional = compile(schema.additionalProperties as Schema);
    const named = new Set(properties.map(([name]) => name));
    checks.push((data, walk) => {
      const object = data as Record<string, unknown>;
      const keys = Object.keys(object);
      return each(walk, keys.length, (i) => named.has(keys[i]!) || below(additional, object[keys[i]!], keys[i]!, walk));
    });
  }
  // Properties with the empty schema (anything) need no look-up.
  const checked = properties.filter(([, sub]) => sub !== true && Object.keys(sub).length > 0);
  const names = checked.map(([name]) => name);
  const propertyChecks = checked.map(([, sub]) => compile(sub));
  if (names.length > 0) {
    checks.push((data, walk) => {
      const object = data as Record<string, unknown>;
      return each(walk, names.length, (i) => !Object.hasOwn(object, names[i]!) || below(propertyChecks[i]!, object[names[i]!], names[i]!, walk));
    });
  }
  return checks;
}
