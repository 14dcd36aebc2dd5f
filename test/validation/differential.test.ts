// The run-time interpreter (src/validation/check-schema.ts, behind validateResponse) against ajv, the
// validator it replaced: the same generated schemas compiled by ajv as scripts/generate.mjs compiled
// them before (draft 2020-12, allErrors, strict), the issue lists compared exactly (order included,
// after the filtering src/validation.ts did on ajv's errors) on the spec's examples, on bodies built
// from each schema, and on thousands of seeded, reproducible mutations of both.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { $defs, responses } from '../../generated/response-schemas';
import { bundled } from '../support/spec';
import { validateResponse } from '../../src/validation';
import { schemaCompiler, type Schema } from '../../src/validation/check-schema';
import type { ValidationIssue } from '../../src/index';
import { randomJson, seeded, type Random } from './mutations';

const ajv = new Ajv2020({ allErrors: true, strict: true });

/** What src/validation.ts made of ajv's errors: oneOf/allOf summaries dropped, each path and message once. */
function ajvIssues(validate: ValidateFunction, data: unknown): ValidationIssue[] {
  if (validate(data)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? [])
    .filter((e: ErrorObject) => e.keyword !== 'oneOf' && e.keyword !== 'allOf')
    .map((e) => ({ path: e.instancePath, message: e.message ?? e.keyword }))
    .filter((issue) => !seen.has(`${issue.path} ${issue.message}`) && seen.add(`${issue.path} ${issue.message}`));
}

interface Mismatch { operationId: string; seed: number; data: string; ajv: ValidationIssue[]; ours: ValidationIssue[] }
const clip = (data: unknown) => { const text = JSON.stringify(data) ?? String(data); return text.length > 600 ? `${text.slice(0, 600)}…` : text; };

/** Compares ajv and the interpreter on `data`; returns the mismatch, if any, and ajv's issues. */
function compare(operationId: string, validate: ValidateFunction, ours: (data: unknown) => ValidationIssue[], data: unknown, seed: number) {
  const expected = ajvIssues(validate, data);
  const actual = ours(data);
  const same = JSON.stringify(actual) === JSON.stringify(expected);
  return { expected, mismatch: same ? undefined : { operationId, seed, data: clip(data), ajv: expected, ours: actual } };
}

/** A copy of `data` that keeps own `__proto__` keys as data (JSON round trip). */
const copy = <T>(data: T): T => JSON.parse(JSON.stringify(data) ?? 'null');

const exampleOf = (operationId: string): unknown[] => {
  for (const item of Object.values(bundled.paths) as Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { examples?: Record<string, { $ref?: string; value?: unknown }> }> }> }>[]) {
    for (const operation of Object.values(item)) {
      if (operation.operationId !== operationId) continue;
      const ok = Object.entries(operation.responses).find(([status]) => /^2\d\d$/.test(status))?.[1];
      return Object.values(ok?.content?.['application/json']?.examples ?? {}).map((example) =>
        example.$ref ? bundled.components.examples[example.$ref.split('/').pop()!].value : example.value,
      );
    }
  }
  return [];
};

const defs = $defs as Readonly<Record<string, Schema>>;
const operationIds = Object.keys(responses);
/** The operations grouped by response schema (many answer with the same entity): each group's schema is mutated once. */
const groups = Object.values(
  operationIds.reduce<Record<string, string[]>>((byBody, operationId) => {
    (byBody[JSON.stringify(responses[operationId])] ??= []).push(operationId);
    return byBody;
  }, {}),
);
const SAMPLES_PER_SCHEMA = 500;

test('every operation with a 2xx JSON body has a response schema, and the client validates against it', () => {
  expect(operationIds.length).toBeGreaterThanOrEqual(18);
  for (const operationId of operationIds) expect(exampleOf(operationId).length).toBeGreaterThan(0);
});

describe.each(groups.map((ids) => [ids.join(', '), ids] as const))('%s: the interpreter reports what ajv reported', (_names, ids) => {
  const schema = responses[ids[0]!] as Schema;
  const validate = ajv.compile({ $defs, ...(schema === true ? {} : schema) });
  // Each mutant is checked through a different operation of the group, in turn.
  const through = (seed: number) => (data: unknown) => validateResponse(ids[seed % ids.length] as never, data);

  test("on the spec's examples (valid: no issues)", () => {
    for (const operationId of ids) {
      for (const example of exampleOf(operationId)) {
        expect(validateResponse(operationId as never, copy(example))).toEqual([]);
        expect(ajvIssues(validate, copy(example))).toEqual([]);
      }
    }
  });

  test(`on ${SAMPLES_PER_SCHEMA} seeded bodies built from the schema and mutated, and mutations of the examples`, () => {
    const mismatches: Mismatch[] = [];
    const messages = new Set<string>();
    let invalid = 0;
    const examples = ids.flatMap(exampleOf);
    for (let seed = 1; seed <= SAMPLES_PER_SCHEMA; seed++) {
      const random = seeded(hash(ids[0]!) ^ seed);
      const base = random.chance(0.3) && examples.length > 0 ? copy(random.pick(examples)) : bodyFor(schema, random);
      const data = mutate(base, random);
      const { expected, mismatch } = compare(ids[seed % ids.length]!, validate, through(seed), data, seed);
      if (mismatch && mismatches.length < 5) mismatches.push(mismatch);
      if (expected.length > 0) invalid++;
      for (const issue of expected) messages.add(issue.message.replace(/".*"|'.*'|-?\d+$/, '…'));
    }
    expect(mismatches).toEqual([]);
    // Not vacuous: most mutants break the schema (the variety of issues is checked across operations below).
    expect(invalid).toBeGreaterThan(SAMPLES_PER_SCHEMA / 2);
    expect(messages.size).toBeGreaterThan(0);
  });
});

test('the mutations reach every kind of issue the response schemas can raise', () => {
  const messages = new Set<string>();
  for (const [operationId] of groups) {
    const validate = ajv.compile({ $defs, ...(responses[operationId!] as object) });
    for (let seed = 1; seed <= 100; seed++) {
      const random = seeded(hash(operationId!) ^ seed);
      for (const issue of ajvIssues(validate, mutate(bodyFor(responses[operationId!] as Schema, random), random))) messages.add(issue.message.replace(/".*"|'.*'|-?\d+$/, '…'));
    }
  }
  expect([...messages].sort()).toEqual(
    expect.arrayContaining([
      'must be array', 'must be array,null', 'must be boolean', 'must be equal to one of the allowed values', 'must be integer', 'must be null', 'must be object',
      'must be object,null', 'must be string', 'must be <= …', 'must be >= …', 'must match pattern …',
    ]),
  );
});

// ---- A schema with every keyword in every position the interpreter supports (beyond what the spec uses today).

const SYNTHETIC_DEFS: Record<string, Schema> = {
  Name: { type: 'string', pattern: '^[A-Z][a-z]*$' },
  Kind: { type: 'string', enum: ['A', 'B', 'C/D', 'é'] },
  Small: { type: 'integer', minimum: -3, maximum: 3 },
  Ratio: { type: 'number', minimum: 0, maximum: 1 },
  Leaf: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { $ref: '#/$defs/Name' }, kind: { oneOf: [{ $ref: '#/$defs/Kind' }, { type: 'null' }] } } },
  Code: { type: 'string', pattern: '^[a-z]+$', enum: ['ab', 'cd', 'Zz'] },
  Both: { oneOf: [{ type: 'integer' }, { type: 'number' }] },
  Map: { type: ['object', 'null'], properties: { fixed: { type: 'boolean' } }, additionalProperties: { $ref: '#/$defs/Leaf' } },
  Mixed: { type: ['string', 'integer', 'null'], pattern: '^x', minimum: 0, enum: ['x1', 'x2', 5, 7, null, 'y'] },
  WithRef: { $ref: '#/$defs/Leaf', type: 'object', required: ['extra'] },
  Root: {
    allOf: [
      { $ref: '#/$defs/WithRef' },
      {
        type: 'object',
        properties: {
          list: { type: 'array', items: { $ref: '#/$defs/Small' } },
          grid: { type: ['array', 'null'], items: { type: 'array', items: { $ref: '#/$defs/Ratio' } } },
          map: { $ref: '#/$defs/Map' },
          mixed: { $ref: '#/$defs/Mixed' },
          code: { $ref: '#/$defs/Code' },
          both: { $ref: '#/$defs/Both' },
          choice: { oneOf: [{ $ref: '#/$defs/Both' }, { type: 'string' }] },
          any: {},
          open: { type: 'object', additionalProperties: true },
          flag: { type: 'boolean' },
          'a/b~c': { type: 'string' },
        },
      },
    ],
  },
};

test('a synthetic schema with every keyword, combination and order (required, $ref with siblings, oneOf matching twice, multi-type with typed keywords, escaped keys): the same issues as ajv', () => {
  // Union types and a `required` name defined elsewhere are what this schema tests: ajv's strict mode would refuse them.
  const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile({ $defs: SYNTHETIC_DEFS, $ref: '#/$defs/Root' });
  const ours = schemaCompiler(SYNTHETIC_DEFS)({ $ref: '#/$defs/Root' });
  const mismatches: Mismatch[] = [];
  const messages = new Set<string>();
  for (let seed = 1; seed <= 3000; seed++) {
    const random = seeded(seed);
    const data = mutate(bodyFor({ $ref: '#/$defs/Root' }, random, SYNTHETIC_DEFS), random);
    const { expected, mismatch } = compare('synthetic', validate, (d) => dedupe(ours(d)), data, seed);
    if (mismatch && mismatches.length < 5) mismatches.push(mismatch);
    for (const issue of expected) messages.add(issue.message.replace(/".*"|'.*'|-?\d+$/, '…'));
  }
  expect(mismatches).toEqual([]);
  expect([...messages]).toEqual(expect.arrayContaining(['must have required property …', 'must be number', 'must be string,integer,null', 'must be array,null', 'must be <= …', 'must be >= …']));
});

const dedupe = (issues: ValidationIssue[]) => {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(`${issue.path} ${issue.message}`) && seen.add(`${issue.path} ${issue.message}`));
};

// ---- Bodies from a schema, and mutations.

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Strings the spec's patterns accept or nearly accept (date-times, rights, flags) and other strings. */
const STRINGS = [
  '2016-04-05T03:24:51', '2016-04-05T03:24:51Z', '2025-02-10T02:30:52.350546+01:00', '2025-02-10T02:30:52.12345678Z', '2016-13-05T03:24:51', '2016-04-05 03:24:51', '0001-01-01T00:00:00',
  'Read', 'Read, Write', 'Read,Write', 'Read, Bogus', 'None', 'FULL', 'Select, Update', 'CustomerIsTyping', 'CustomerIsTyping, UserIsTyping', 'UserIsTyping,',
  'Closed', 'Open', 'Unknown', 'Invalid', 'InQueue', 'closed', 'AnonymousAssociate', 'ToUser', 'Block', 'Sold', 'Green', 'Chat', '',
  'x', 'x1', 'y', 'Abc', 'abc', 'é', 'C/D', '/a~1b', '~2', '\u{1F600}', 'a\nb',
];
const NUMBERS = [0, 1, -1, 3, 4, -4, 0.5, 1.5, -0, 2147483647, 2147483648, -2147483648, -2147483649, 32767, 32768, -32769, 1e21, Number.MAX_SAFE_INTEGER + 2, Infinity, -Infinity];
const KEYS = ['Extra', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a/b', 'a~b', '0', '', 'id', 'extra'];

/** A body shaped by `schema` (valid or nearly so: leaves come from pools that include wrong values). */
function bodyFor(schema: Schema, random: Random, within: Readonly<Record<string, Schema>> = defs, depth = 0): unknown {
  if (schema === true || depth > 12) return randomJson(random, 2);
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string' && random.chance(0.9)) {
    const target = bodyFor(within[s.$ref.slice('#/$defs/'.length)]!, random, within, depth + 1);
    if (Object.keys(s).length === 1) return target;
    return { ...(target as object), ...(bodyFor({ ...s, $ref: undefined } as Schema, random, within, depth + 1) as object) };
  }
  if (Array.isArray(s.allOf)) return Object.assign({}, ...s.allOf.map((part: Schema) => bodyFor(part, random, within, depth + 1)));
  if (Array.isArray(s.oneOf)) return bodyFor(random.pick(s.oneOf as Schema[]), random, within, depth + 1);
  if (Array.isArray(s.enum) && random.chance(0.85)) return random.pick(s.enum);
  const type = s.type === undefined ? random.pick(['string', 'integer', 'object']) : random.pick(([] as string[]).concat(s.type as string));
  switch (type) {
    case 'object': {
      const body: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) if (random.chance(0.75)) define(body, name, bodyFor(sub, random, within, depth + 1));
      if (s.additionalProperties !== undefined) for (let i = random.int(4); i > 0; i--) define(body, random.pick(KEYS), bodyFor(s.additionalProperties as Schema, random, within, depth + 1));
      return body;
    }
    case 'array':
      return Array.from({ length: random.int(4) }, () => bodyFor((s.items ?? true) as Schema, random, within, depth + 1));
    case 'string':
      return random.pick(STRINGS);
    case 'integer':
    case 'number':
      return random.chance(0.8) ? random.int(1000) : random.pick(NUMBERS);
    case 'boolean':
      return random.chance(0.5);
    default:
      return null;
  }
}

/** Sets `key` as an own data property (so `__proto__` is a key, as JSON.parse makes it). */
function define(object: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every [parent, key] of `data`'s containers, and the root. */
function places(data: unknown): [Record<string | number, unknown> | undefined, string | number][] {
  const found: [Record<string | number, unknown> | undefined, string | number][] = [[undefined, '']];
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const at = Array.isArray(node) ? Number(key) : key;
      found.push([node as Record<string | number, unknown>, at]);
      visit((node as Record<string, unknown>)[key]);
    }
  };
  visit(data);
  return found;
}

/** 1-3 random changes: wrong types, nulls, removed and extra properties (__proto__ among them), other enum names and date-times, out-of-range numbers, swapped or deeper carriers, arrays of wrong items. */
function mutate(data: unknown, random: Random): unknown {
  let root = data;
  for (let n = 1 + random.int(3); n > 0; n--) {
    const all = places(root);
    const [parent, key] = random.pick(all);
    const current = parent ? parent[key] : root;
    const other = random.pick(all);
    const replacement = (() => {
      switch (random.int(9)) {
        case 0: return randomJson(random, 2);
        case 1: return null;
        case 2: return random.pick(STRINGS);
        case 3: return random.pick(NUMBERS);
        case 4: return other[0] ? copy(other[0][other[1]]) : copy(root); // a subtree moved elsewhere (carriers in other places, deeper nesting)
        case 5: return Array.isArray(current) ? [...current, randomJson(random, 1)] : [current, current];
        case 6: return Array.from({ length: 1 + random.int(3) }, () => randomJson(random, 1));
        case 7: return random.chance(0.5);
        default: return undefined; // removed, or a property added
      }
    })();
    if (!parent) root = replacement === undefined ? {} : replacement;
    else if (replacement !== undefined) parent[key] = replacement;
    else if (Array.isArray(parent)) parent.splice(key as number, 1);
    else if (random.chance(0.5)) delete parent[key];
    else define(parent, random.pick(KEYS), randomJson(random, 1));
  }
  return root;
}
