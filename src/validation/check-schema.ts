// A small, strict JSON Schema interpreter for the validation form of the spec's schemas that
// scripts/generate.mjs writes (generated/response-schemas.ts). It implements only KEYWORDS: the
// generator fails on any other keyword, on a $ref cycle, and on a $ref outside #/$defs/, so no part
// of a schema is ever silently unchecked. Issues come in ajv's words and order (allErrors), so what
// users see is what ajv's standalone code reported (test/validation/differential.test.ts compares them).
//
// Built for hostile bodies: each schema is compiled once into closures (patterns compiled once, with
// the `u` flag as ajv does); a check walks the data only where the schema goes, so the recursion depth
// is the schema's (no $ref cycles), never the data's; the work is linear in the body (issues are
// appended in place, at most MAX_ISSUES of them; a oneOf runs its branches a bounded number of times); properties are looked up as
// own properties, so `__proto__` or `constructor` keys are plain data.
import type { ValidationIssue } from '../errors/validation-error.js';
import { GROUPS, IS_TYPE, typedChecks } from './typed-keywords.js';
import { all, report, type Check, type Walk } from './walk.js';

export { MAX_ISSUES } from './walk.js';

/** The keywords the interpreter implements (scripts/lib/response-schemas.mjs accepts no other). */
export const KEYWORDS = ['type', 'properties', 'additionalProperties', 'items', '$ref', 'enum', 'pattern', 'oneOf', 'allOf', 'minimum', 'maximum', 'required'] as const;

/** A schema in the validation form: an object of KEYWORDS, or `true` (anything). */
export type Schema = true | { readonly [keyword in (typeof KEYWORDS)[number]]?: unknown };

/** Lists the issues of `data` (the first MAX_ISSUES: the check stops there), each path and message once; empty when it matches. */
export type SchemaCheck = (data: unknown) => ValidationIssue[];

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
    const isType = types.length === 1 ? IS_TYPE[types[0]!]! : (data: unknown) => types.some((type) => IS_TYPE[type]!(data));
    const usesGroup = (keywords: readonly string[]) => keywords.some((keyword) => schema[keyword as keyof typeof schema] !== undefined);
    const typeInGroup = types.length === 1 && GROUPS.some(([group, keywords]) => group === types[0] && usesGroup(keywords));
    if (types.length > 0 && !typeInGroup) checks.push((data, walk) => isType(data) || report(walk, typeMessage));

    if (schema.$ref !== undefined) checks.push(reference(schema.$ref));
    if (schema.enum !== undefined) {
      const allowed = schema.enum as readonly unknown[];
      checks.push((data, walk) => allowed.includes(data) || report(walk, 'must be equal to one of the allowed values'));
    }
    if (schema.oneOf !== undefined) {
      const branches = (schema.oneOf as Schema[]).map(compile);
      // Counted quietly first (the common case, one match, builds no issue); on a mismatch the branches
      // run again to report (the failing ones' issues; a matching one has none; ajv's summary is not
      // shown). A branch's own oneOfs do the same: the extra work is bounded by the schema's nesting.
      checks.push((data, walk) => {
        const quiet = walk.quiet;
        walk.quiet = true;
        let matching = 0;
        for (const branch of branches) if (branch(data, walk)) matching++;
        walk.quiet = quiet;
        if (matching === 1) return true;
        if (!quiet) for (const branch of branches) branch(data, walk);
        return false;
      });
    }
    if (schema.allOf !== undefined) checks.push(all((schema.allOf as Schema[]).map(compile)));

    for (const [group, keywords] of GROUPS) {
      if (!usesGroup(keywords)) continue;
      const inGroup = all(typedChecks(group, schema, compile));
      const isGroupType = IS_TYPE[group]!;
      const reportsType = typeInGroup && types[0] === group;
      checks.push((data, walk) => (isGroupType(data) ? inGroup(data, walk) : reportsType ? report(walk, typeMessage) : true));
    }
    return all(checks);
  };

  return (schema) => {
    const check = compile(schema);
    return (data) => {
      const walk: Walk = { at: [], issues: [], seen: new Set(), quiet: false };
      check(data, walk);
      return walk.issues;
    };
  };
}
