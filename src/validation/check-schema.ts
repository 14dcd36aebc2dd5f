// A small, strict JSON Schema interpreter for the validation form of the spec's schemas that
// scripts/generate.mjs writes (generated/response-schemas.ts). It implements only KEYWORDS: the
// generator fails on any other keyword, on a $ref cycle, and on a $ref outside #/$defs/, so no part
// of a schema is ever silently unchecked. Issues come in ajv's words and order (allErrors), so what
// users see is what ajv's standalone code reported (test/validation/differential.test.ts compares them).
//
// Built for hostile bodies: each schema is compiled once into closures (patterns compiled once, with
// the `u` flag as ajv does); a check walks the data only where the schema goes, so the recursion depth
// is the schema's (no $ref cycles), never the data's; the work is linear in the body (issues are
// appended in place, a failed oneOf branch's issues are dropped by truncation); properties are looked
// up as own properties, so `__proto__` or `constructor` keys are plain data.
import type { ValidationIssue } from '../errors/validation-error.js';

/** The keywords the interpreter implements (scripts/lib/response-schemas.mjs accepts no other). */
export const KEYWORDS = ['type', 'properties', 'additionalProperties', 'items', '$ref', 'enum', 'pattern', 'oneOf', 'allOf', 'minimum', 'maximum', 'required'] as const;

/** A schema in the validation form: an object of KEYWORDS, or `true` (anything). */
export type Schema = true | { readonly [keyword in (typeof KEYWORDS)[number]]?: unknown };

/** Lists every issue of `data`; empty when it matches. */
export type SchemaCheck = (data: unknown) => ValidationIssue[];

interface Walk {
  /** The keys from the body down to the value being checked (a stack: pushed and popped, never copied). */
  readonly at: (string | number)[];
  readonly issues: ValidationIssue[];
}
/** Whether the value matched; its issues are appended to `walk.issues`. */
type Check = (data: unknown, walk: Walk) => boolean;

const isObject = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data);

/** JSON types as ajv tells them (strictNumbers: no NaN or Infinity). */
const IS_TYPE: Record<string, (data: unknown) => boolean> = {
  string: (data) => typeof data === 'string',
  number: (data) => typeof data === 'number' && Number.isFinite(data),
  integer: (data) => Number.isInteger(data),
  boolean: (data) => typeof data === 'boolean',
  null: (data) => data === null,
  array: (data) => Array.isArray(data),
  object: isObject,
};

/**
 * ajv's keyword groups, in the order its code runs them: keywords for one type run only on data of
 * that type; a schema whose single `type` has keywords of its group reports the type error there
 * (after the untyped keywords), any other `type` is checked first.
 */
const GROUPS = [
  ['number', ['maximum', 'minimum']],
  ['string', ['pattern']],
  ['array', ['items']],
  ['object', ['required', 'additionalProperties', 'properties']],
] as const;

const escape = (key: string | number) => (typeof key === 'number' ? `/${key}` : `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);

function report(walk: Walk, message: string): false {
  walk.issues.push({ path: walk.at.map(escape).join(''), message });
  return false;
}

/** Checks `data[key]` (the caller knows it is there) with `check`, at `key` below the current path. */
function below(check: Check, data: unknown, key: string | number, walk: Walk): boolean {
  walk.at.push(key);
  const valid = check(data, walk);
  walk.at.pop();
  return valid;
}

/**
 * A compiler for schemas whose `$ref`s point into `defs` (`#/$defs/Name`); each definition is
 * compiled once, on first use, and shared by every schema that refers to it.
 */
export function schemaCompiler(defs: Readonly<Record<string, Schema>>): (schema: Schema) => SchemaCheck {
  const compiledDefs = new Map<string, Check>();

  const reference = (ref: unknown): Check => {
    const name = typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
    if (name === undefined || !Object.hasOwn(defs, name)) throw new TypeError(`Unresolvable $ref ${String(ref)}`);
    // Resolved on first call, so definitions that are never reached are never compiled.
    let target = compiledDefs.get(name);
    return (data, walk) => {
      if (!target) {
        target = compiledDefs.get(name) ?? compile(defs[name]!);
        compiledDefs.set(name, target);
      }
      return target(data, walk);
    };
  };

  const compile = (schema: Schema): Check => {
    if (schema === true) return () => true;
    const unknown = Object.keys(schema).filter((keyword) => !(KEYWORDS as readonly string[]).includes(keyword));
    if (unknown.length > 0) throw new TypeError(`Schema keyword(s) not implemented: ${unknown.join(', ')}`);
    if (Object.keys(schema).length === 1 && schema.$ref !== undefined) return reference(schema.$ref);
    const checks: Check[] = [];
    const types = schema.type === undefined ? [] : ([] as unknown[]).concat(schema.type).map(String);
    for (const type of types) if (!IS_TYPE[type]) throw new TypeError(`Unknown type ${type}`);
    const typeMessage = `must be ${types.join(',')}`;
    const isType = (data: unknown) => types.some((type) => IS_TYPE[type]!(data));
    const groupOf = (type: string) => GROUPS.find(([group, keywords]) => group === type && keywords.some((k) => schema[k] !== undefined));
    const typeInGroup = types.length === 1 && groupOf(types[0]!) !== undefined;
    if (types.length > 0 && !typeInGroup) checks.push((data, walk) => isType(data) || report(walk, typeMessage));

    if (schema.$ref !== undefined) checks.push(reference(schema.$ref));
    if (schema.enum !== undefined) {
      const allowed = schema.enum as readonly unknown[];
      checks.push((data, walk) => allowed.includes(data) || report(walk, 'must be equal to one of the allowed values'));
    }
    if (schema.oneOf !== undefined) {
      const branches = (schema.oneOf as Schema[]).map(compile);
      checks.push((data, walk) => {
        const before = walk.issues.length;
        let passing = 0;
        for (const branch of branches) if (branch(data, walk)) passing++;
        if (passing !== 1) return false; // none: every branch's issues stay; more than one: ajv's own summary, which is not shown
        walk.issues.length = before;
        return true;
      });
    }
    if (schema.allOf !== undefined) checks.push(all((schema.allOf as Schema[]).map(compile)));

    for (const [group, keywords] of GROUPS) {
      if (!keywords.some((keyword) => schema[keyword] !== undefined)) continue;
      const inGroup = all(groupChecks(group, schema, compile));
      const isGroupType = IS_TYPE[group]!;
      const reportsType = typeInGroup && types[0] === group;
      checks.push((data, walk) => (isGroupType(data) ? inGroup(data, walk) : reportsType ? report(walk, typeMessage) : true));
    }
    return all(checks);
  };

  return (schema) => {
    const check = compile(schema);
    return (data) => {
      const walk: Walk = { at: [], issues: [] };
      check(data, walk);
      return walk.issues;
    };
  };
}

/** Runs every check (all issues are wanted, not only the first); valid when all are. */
function all(checks: readonly Check[]): Check {
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (data, walk) => {
    let valid = true;
    for (const check of checks) if (!check(data, walk)) valid = false;
    return valid;
  };
}

/** The checks of one group's keywords in `schema`, in ajv's order; each runs on data of the group's type. */
function groupChecks(group: (typeof GROUPS)[number][0], schema: Exclude<Schema, true>, compile: (schema: Schema) => Check): Check[] {
  const checks: Check[] = [];
  if (group === 'number') {
    const { maximum, minimum } = schema as { maximum?: number; minimum?: number };
    if (maximum !== undefined) checks.push((data, walk) => (data as number) <= maximum || report(walk, `must be <= ${maximum}`));
    if (minimum !== undefined) checks.push((data, walk) => (data as number) >= minimum || report(walk, `must be >= ${minimum}`));
  } else if (group === 'string' && schema.pattern !== undefined) {
    const source = String(schema.pattern);
    const pattern = new RegExp(source, 'u');
    const message = `must match pattern "${source}"`;
    checks.push((data, walk) => pattern.test(data as string) || report(walk, message));
  } else if (group === 'array' && schema.items !== undefined) {
    const item = compile(schema.items as Schema);
    checks.push((data, walk) => {
      const items = data as unknown[];
      let valid = true;
      for (let i = 0; i < items.length; i++) if (!below(item, items[i], i, walk)) valid = false;
      return valid;
    });
  } else if (group === 'object') {
    const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
    if (schema.required !== undefined) {
      const required = schema.required as readonly string[];
      checks.push((data, walk) => {
        let valid = true;
        for (const name of required) if (!Object.hasOwn(data as object, name)) valid = report(walk, `must have required property '${name}'`);
        return valid;
      });
    }
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
      const additional = compile(schema.additionalProperties as Schema);
      const named = new Set(properties.map(([name]) => name));
      checks.push((data, walk) => {
        const object = data as Record<string, unknown>;
        let valid = true;
        for (const key of Object.keys(object)) if (!named.has(key) && !below(additional, object[key], key, walk)) valid = false;
        return valid;
      });
    }
    // Properties with the empty schema (anything) need no look-up.
    const checked = properties.filter(([, sub]) => sub !== true && Object.keys(sub).length > 0).map(([name, sub]) => [name, compile(sub)] as const);
    if (checked.length > 0) {
      checks.push((data, walk) => {
        const object = data as Record<string, unknown>;
        let valid = true;
        for (const [name, check] of checked) if (Object.hasOwn(object, name) && !below(check, object[name], name, walk)) valid = false;
        return valid;
      });
    }
  }
  return checks;
}
