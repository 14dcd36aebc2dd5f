// generated/response-schemas.ts: the schemas of the 2xx JSON response bodies in validation form, for
// the run-time interpreter src/validation/check-schema.ts. Generation fails, naming the place, when a
// schema uses anything the interpreter does not implement, or a $ref cycle (the interpreter's recursion
// must be bounded by the schema, never by the data), so a spec change can never be silently unchecked.
import Ajv2020 from 'ajv/dist/2020.js';
import { forValidation } from './json-schema.mjs';

/** What src/validation/check-schema.ts implements (its KEYWORDS; test/validation/check-schema.test.ts checks they are equal). */
export const INTERPRETED_KEYWORDS = ['type', 'properties', 'additionalProperties', 'items', '$ref', 'enum', 'pattern', 'oneOf', 'allOf', 'minimum', 'maximum', 'required'];
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
const DEFS = '#/$defs/';
/** The definition validateChatSessionResponse checks, kept even if no operation answered with it. */
const ENTITY = 'ChatSessionEntityWithLinks';

/** Each operation's 2xx JSON body schema (refs into #/$defs/), by operationId, in the spec's order. */
function responseSchemas(spec) {
  const responses = {};
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      const ok = Object.entries(operation.responses ?? {}).find(([status]) => /^2\d\d$/.test(status))?.[1];
      const schema = ok?.content?.['application/json']?.schema;
      if (schema) responses[operation.operationId] = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${DEFS}`));
    }
  }
  return responses;
}

/** Throws, naming the place, unless the interpreter implements every part of `schema`; returns the names it refers to. */
function checkInterpretable(schema, where) {
  const refs = [];
  const fail = (what) => {
    throw new Error(`${where}: ${what}; src/validation/check-schema.ts does not implement it (extend the interpreter and INTERPRETED_KEYWORDS, with tests, or change the spec)`);
  };
  const visit = (node, at) => {
    if (node === true) return;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) fail(`${at} is ${JSON.stringify(node)}, not a schema object or true`);
    for (const [keyword, value] of Object.entries(node)) {
      const here = `${at}/${keyword}`;
      if (!INTERPRETED_KEYWORDS.includes(keyword)) fail(`keyword ${here}`);
      if (keyword === 'type' && ![].concat(value).every((type) => TYPES.has(type))) fail(`type ${JSON.stringify(value)} at ${here}`);
      if (keyword === 'enum' && !(Array.isArray(value) && value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))) fail(`an enum of other than strings, numbers, booleans and null at ${here}`);
      if (keyword === 'pattern') new RegExp(value, 'u'); // throws on a pattern that is not a valid `u` regular expression
      if ((keyword === 'minimum' || keyword === 'maximum') && typeof value !== 'number') fail(`a non-number ${here}`);
      if (keyword === 'required' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) fail(`${here} that is not a list of names`);
      if (keyword === '$ref') {
        if (typeof value !== 'string' || !value.startsWith(DEFS) || /[~/%]/.test(value.slice(DEFS.length))) fail(`$ref ${JSON.stringify(value)} at ${here} (only ${DEFS}Name)`);
        refs.push(value.slice(DEFS.length));
      }
      if (keyword === 'properties') for (const [name, sub] of Object.entries(value)) visit(sub, `${here}/${name}`);
      if (keyword === 'additionalProperties' || keyword === 'items') visit(value, here);
      if (keyword === 'oneOf' || keyword === 'allOf') value.forEach((sub, i) => visit(sub, `${here}/${i}`));
    }
  };
  visit(schema, '');
  return refs;
}

/**
 * The definitions reachable from `roots`, in $defs order; throws on a missing definition or a $ref
 * cycle (naming it).
 */
function reachableDefs($defs, roots) {
  const refsOf = new Map();
  const state = new Map(); // name -> 'visiting' | 'done'
  const visit = (name, chain) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`$ref cycle ${[...chain.slice(chain.indexOf(name)), name].join(' -> ')}: the interpreter's recursion must be bounded by the schema`);
    if (!Object.hasOwn($defs, name)) throw new Error(`$ref to a missing definition ${DEFS}${name} (from ${chain.at(-1) ?? 'a response'})`);
    state.set(name, 'visiting');
    refsOf.set(name, checkInterpretable($defs[name], `${DEFS}${name}`));
    for (const ref of refsOf.get(name)) visit(ref, [...chain, name]);
    state.set(name, 'done');
  };
  roots.forEach((name) => visit(name, []));
  return Object.fromEntries(Object.keys($defs).filter((name) => state.has(name)).map((name) => [name, $defs[name]]));
}

/** The text of generated/response-schemas.ts. */
export function responseSchemasModule(spec, jsonSchema, banner) {
  const { $defs: allDefs } = forValidation(jsonSchema);
  const responses = Object.fromEntries(Object.entries(responseSchemas(spec)).map(([operationId, schema]) => [operationId, forValidation(schema)]));
  const roots = [ENTITY, ...Object.entries(responses).flatMap(([operationId, schema]) => checkInterpretable(schema, `the 2xx body of ${operationId}`))];
  const $defs = reachableDefs(allDefs, roots);
  // ajv, strict, compiles every response schema: a schema ajv finds invalid or ambiguous fails here.
  new Ajv2020({ strict: true, allErrors: true }).compile({ $defs, anyOf: Object.values(responses) });
  const lines = (object) => Object.entries(object).map(([name, schema]) => `  ${JSON.stringify(name)}: ${JSON.stringify(schema)},`).join('\n');
  return `// ${banner}
// The 2xx JSON response bodies' schemas in validation form (scripts/lib/json-schema.mjs forValidation:
// no annotations, int32/int16 as minimum/maximum), for src/validation/check-schema.ts. Only the keywords
// the interpreter implements; no $ref cycles (scripts/lib/response-schemas.mjs checks both).

/** The definitions the response schemas refer to (\`#/$defs/Name\`), ${ENTITY} always among them. */
export const $defs: { readonly [name: string]: object | true } = {
${lines($defs)}
};

/** Each operation's 2xx JSON body schema, by operationId (operations without a JSON body are absent). */
export const responses: { readonly [operationId: string]: object | true } = {
${lines(responses)}
};
`;
}
