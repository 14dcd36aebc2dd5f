// The bundled spec (generated/openapi.json) and its OpenAPI 3.0.3 rendition are what users feed to
// client generators. These tests check, over every operation and every string of both documents,
// the properties that make mainstream generators read them right (issue 16); `npm run regen`
// runs the generators themselves.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { bundled, type Json } from './support/spec';

const root = path.resolve(__dirname, '..');
const readJson = (file: string): Json => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const spec30: Json = readJson('generated/openapi-3.0.json');
const documents: [string, Json][] = [
  ['openapi.json', bundled],
  ['openapi-3.0.json', spec30],
];
/** Runs an ES module snippet with Node (the libraries under test are ESM) and parses what it prints as JSON. */
const runModule = (code: string, input = ''): Json =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', input }));

/** { version, valid, errors? } per document, from @seriousme/openapi-schema-validator (the official OpenAPI JSON schemas), in one process. */
const validate = (...docs: Json[]): Json[] =>
  runModule(
    `import { Validator } from '@seriousme/openapi-schema-validator';
     import fs from 'node:fs';
     const results = [];
     for (const doc of JSON.parse(fs.readFileSync(0, 'utf8'))) {
       const validator = new Validator();
       const result = await validator.validate(doc);
       results.push({ version: validator.version, ...result });
     }
     console.log(JSON.stringify(results));`,
    JSON.stringify(docs),
  );

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation of a document as [label, operation]. */
const operationsOf = (doc: Json): [string, Json][] =>
  Object.entries(doc.paths as Record<string, Json>).flatMap(([route, item]) =>
    METHODS.filter((m) => item[m]).map((m): [string, Json] => [`${m.toUpperCase()} ${route}`, item[m]]),
  );

/** Every [JSON pointer, value] under node whose key is one of keys (values that are objects are walked too). */
function valuesUnder(node: Json, keys: Set<string>, at = '#'): [string, Json][] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const here = `${at}/${key}`;
    return [...(keys.has(key) && !Array.isArray(node) ? [[here, value] as [string, Json]] : []), ...valuesUnder(value, keys, here)];
  });
}

/** Every string inside a JSON value, with its pointer. */
const stringsIn = (value: Json, at: string): [string, string][] =>
  typeof value === 'string' ? [[at, value]] : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => stringsIn(v, `${at}/${k}`)) : [];

// What ends (or opens a nested) comment, docstring or template in the languages generators write:
// `*/` and `/*` (C, Java, C#, JS/TS, Go, Kotlin and Swift nest `/*`), `"""` and `'''` (Python
// docstrings, Kotlin raw strings), `-->` (HTML/XML doc comments), `${` (template literals that
// openapi-zod-client writes descriptions into).
const COMMENT_BREAKERS = ['*/', '/*', '"""', "'''", '-->', '${'];
const TEXT_KEYS = new Set(['description', 'summary', 'title', 'example', 'examples', 'x-summary', 'pattern']);

/** Every text of a document that generators copy into comments or strings, and what in it is unsafe. */
const commentHazards = (doc: Json): string[] => [
  ...new Set(
    valuesUnder(doc, TEXT_KEYS)
      .flatMap(([at, value]) => stringsIn(value, at))
      .flatMap(([at, text]) => COMMENT_BREAKERS.filter((bad) => text.includes(bad)).map((bad) => `${at} contains ${bad}`)),
  ),
];

describe.each(documents)('%s: text that is safe inside generated code', (_name, doc) => {
  test('no description, summary, title, example or pattern contains a comment or template terminator', () => {
    expect(commentHazards(doc)).toEqual([]);
  });
});

test('the comment-safety check finds a terminator wherever generators copy text', () => {
  const doc = {
    info: { description: 'splits on /,\\s*/' },
    paths: { '/x': { get: { summary: 'a """ b', parameters: [{ example: 'a --> b' }] } } },
    components: { schemas: { A: { examples: [{ note: 'x ${y}' }], properties: { description: { type: 'string', description: '/* nested' } } } } },
  };
  expect(commentHazards(doc)).toEqual([
    '#/info/description contains */',
    '#/paths//x/get/summary contains """',
    '#/paths//x/get/parameters/0/example contains -->',
    '#/components/schemas/A/examples/0/note contains ${',
    '#/components/schemas/A/properties/description/description contains /*',
  ]);
});

describe('openapi.json: operations generators read right', () => {
  const operations = operationsOf(bundled);

  test('the spec has operations to check', () => {
    expect(operations.map(([label]) => label)).toContain('POST /api/v1/ChatSession');
  });

  test.each(operations)('%s: request body and responses are inline, schemas stay component $refs', (_label, op) => {
    const bodies = [op.requestBody, ...Object.values(op.responses ?? {})].filter(Boolean);
    for (const body of bodies) {
      expect(body.$ref).toBeUndefined();
      for (const media of Object.values((body.content ?? {}) as Record<string, Json>)) {
        const schema = media.schema;
        expect(schema.$ref ?? schema.items?.$ref).toMatch(/^#\/components\/schemas\/\w+$/);
      }
    }
    expect(bundled.components.requestBodies).toBeUndefined();
    expect(bundled.components.responses).toBeUndefined();
  });

  test.each(operations.filter(([, op]) => op.requestBody))('%s: the request body is required', (_label, op) => {
    expect(op.requestBody.required).toBe(true);
  });

  test.each(operations)('%s: application/json is the first media type offered, text/json the last', (_label, op) => {
    const maps = [op.requestBody, ...Object.values(op.responses ?? {})].filter((b) => b?.content).map((b) => Object.keys(b.content));
    for (const types of maps.filter((t) => t.length > 1)) {
      expect(types[0]).toBe('application/json');
      if (types.includes('text/json')) expect(types.at(-1)).toBe('text/json');
    }
  });

  test.each(operations)('%s: every header parameter has an example', (_label, op) => {
    const deref = (p: Json): Json => (p.$ref ? bundled.components.parameters[p.$ref.split('/').pop()] : p);
    const headers = (op.parameters ?? []).map(deref).filter((p: Json) => p.in === 'header');
    for (const header of headers) {
      const example = header.example ?? Object.values(header.examples ?? {})[0];
      expect({ name: header.name, example: typeof example }).toEqual({ name: header.name, example: 'string' });
      expect(example).not.toMatch(/^<?string>?$/);
    }
  });
});

test('server variables carry only what strict validators accept (enum, default), their meaning is in the server description', () => {
  for (const server of bundled.servers) {
    for (const [name, variable] of Object.entries(server.variables ?? {}) as [string, Json][]) {
      expect(Object.keys(variable).filter((k) => !k.startsWith('x-')).sort()).toEqual(expect.arrayContaining(['default']));
      expect(Object.keys(variable).every((k) => ['default', 'enum'].includes(k) || k.startsWith('x-'))).toBe(true);
      expect(server.description).toContain(`\`${name}\``);
      for (const value of variable.enum ?? []) expect(server.description).toContain(`\`${value}\``);
    }
  }
});

describe('flags enums accept exactly what servers write: names joined by "," and optional ASCII spaces', () => {
  const flags = Object.entries(bundled.components.schemas as Record<string, Json>).filter(([, s]) => /A flags enum\./.test(s.description ?? ''));

  test('the spec has flags enums', () => {
    expect(flags.map(([name]) => name)).toEqual(expect.arrayContaining(['ChatSessionFlags', 'ETableRight', 'EFieldRight']));
  });

  test.each(flags)('%s', (_name, schema) => {
    const names = /^\^\(\?:([\w|]+)\)/.exec(schema.pattern)![1]!.split('|');
    const [a, b] = [names[0]!, names.at(-1)!];
    const re = new RegExp(schema.pattern, 'u');
    for (const ok of [a, `${a},${b}`, `${a}, ${b}`, `${a},   ${b}`, `${b}, ${a}, ${b}`]) expect([ok, re.test(ok)]).toEqual([ok, true]);
    const rejected = [
      '', `${a},`, `, ${a}`, `${a} ,${b}`, `${a},\t${b}`, `${a},\n${b}`, `${a},\f${b}`, `${a},\u00a0${b}`, `${a},\u180e\ufeff${b}`,
      `${a},\u2003${b}`, `${a};${b}`, `${a}X`, '1', ` ${a}`, `${a} `,
    ];
    for (const bad of rejected) expect([bad, re.test(bad)]).toEqual([bad, false]);
  });
});

describe('openapi-3.0.json: the OpenAPI 3.0.3 rendition', () => {
  test('is valid OpenAPI 3.0 (and openapi.json valid 3.1) by the official JSON schemas, which reject a 3.1 construct in 3.0', () => {
    const broken = structuredClone(spec30);
    broken.components.schemas.FieldPropertyDictionary.type = ['object', 'null'];
    const [valid30, valid31, rejected] = validate(spec30, bundled, broken);
    expect(valid30).toEqual({ version: '3.0', valid: true });
    expect(valid31).toEqual({ version: '3.1', valid: true });
    expect(rejected).toMatchObject({ version: '3.0', valid: false });
  });

  test('says openapi 3.0.3 and holds no 3.1-only construct', () => {
    expect(spec30.openapi).toBe('3.0.3');
    const schemaTypes = valuesUnder(spec30, new Set(['type'])).filter(([at]) => !/\/securitySchemes\//.test(at));
    expect(schemaTypes.filter(([, t]) => typeof t !== 'string' || t === 'null')).toEqual([]);
    expect(valuesUnder(spec30.components.schemas, new Set(['examples', 'const', '$defs', 'prefixItems', 'unevaluatedProperties']))).toEqual([]);
    expect(spec30.info.license.identifier).toBeUndefined();
  });

  test('has the same operations, parameters, media types and schemas as the 3.1 document', () => {
    const shape = (doc: Json) =>
      operationsOf(doc).map(([label, op]) => ({
        label,
        operationId: op.operationId,
        parameters: op.parameters,
        requestBody: Object.keys(op.requestBody?.content ?? {}),
        required: op.requestBody?.required,
        responses: Object.fromEntries(Object.entries(op.responses as Json).map(([code, r]: [string, Json]) => [code, Object.keys(r.content ?? {})])),
      }));
    expect(shape(spec30)).toEqual(shape(bundled));
    expect(Object.keys(spec30.components.schemas)).toEqual(Object.keys(bundled.components.schemas));
    expect(spec30.servers).toEqual(bundled.servers);
    expect(spec30.components.securitySchemes).toEqual(bundled.components.securitySchemes);
  });

  test('every nullable property stays nullable, and only those', () => {
    const isNullable31 = (s: Json) => [s.type].flat().includes('null') || (s.oneOf ?? s.anyOf ?? []).some((b: Json) => b.type === 'null');
    const properties = (doc: Json) =>
      Object.entries(doc.components.schemas as Record<string, Json>).flatMap(([name, s]) =>
        Object.entries((s.properties ?? {}) as Record<string, Json>).map(([prop, p]) => [`${name}.${prop}`, p] as const),
      );
    const nullable31 = properties(bundled).filter(([, p]) => isNullable31(p)).map(([n]) => n);
    const nullable30 = properties(spec30).filter(([, p]) => p.nullable === true).map(([n]) => n);
    expect(nullable31.length).toBeGreaterThan(10);
    expect(nullable30).toEqual(nullable31);
    // A nullable carrier is the form generators read as "nullable reference".
    expect(spec30.components.schemas.ChatSessionEntity.properties.User).toEqual({
      description: bundled.components.schemas.ChatSessionEntity.properties.User.description,
      nullable: true,
      allOf: [{ $ref: '#/components/schemas/Associate' }],
    });
    expect(spec30.components.schemas.FieldPropertyDictionary).toMatchObject({ type: 'object', nullable: true });
    expect(spec30.components.schemas.DateTime.example).toBe(bundled.components.schemas.DateTime.examples[0]);
  });

  test('the YAML files hold the same documents as the JSON files', () => {
    for (const name of ['openapi', 'openapi-3.0']) {
      expect(YAML.parse(fs.readFileSync(path.join(root, `generated/${name}.yaml`), 'utf8'))).toEqual(readJson(`generated/${name}.json`));
    }
  });

  test('is exported from the package', () => {
    const pkg = readJson('package.json');
    expect(pkg.exports['./openapi-3.0.json']).toBe('./generated/openapi-3.0.json');
    expect(pkg.exports['./openapi-3.0.yaml']).toBe('./generated/openapi-3.0.yaml');
    expect(pkg.files).toContain('generated');
  });
});

// The bundling step is generic: an operation added later in the source pattern (path file that
// $refs components/requestBodies and components/responses) comes out right with no change to it.
describe('the bundling step, on operations written in the source pattern', () => {
  const source = {
    openapi: '3.1.0',
    info: { title: 't', version: '1', summary: 's', license: { name: 'MIT', identifier: 'MIT' } },
    paths: {
      '/api/v1/Thing/{id}': {
        get: { operationId: 'Get', responses: { '200': { $ref: '#/components/responses/Thing' }, '404': { $ref: '#/components/responses/Missing' } } },
        put: { operationId: 'Put', requestBody: { $ref: '#/components/requestBodies/Thing' }, responses: { '200': { $ref: '#/components/responses/Thing' } } },
        patch: { operationId: 'Patch', requestBody: { $ref: '#/components/requestBodies/Optional' }, responses: { '204': { description: 'done' } } },
      },
    },
    components: {
      schemas: {
        Thing: { type: 'object', properties: { A: { oneOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] }, B: { type: ['integer', 'null'], examples: [1] }, C: { const: 'x' } } },
      },
      requestBodies: {
        Thing: { content: { 'text/json': { schema: { $ref: '#/components/schemas/Thing' } }, 'application/xml': { schema: { $ref: '#/components/schemas/Thing' } }, 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        Optional: { required: false, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
      },
      responses: {
        Thing: { description: 'OK', content: { 'application/merge-patch+json': { schema: { $ref: '#/components/schemas/Thing' } }, 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        Missing: { description: 'Not found' },
      },
    },
  };
  const converted = runModule(`
    import { forGenerators } from './scripts/lib/for-generators.mjs';
    import { toOpenApi30 } from './scripts/lib/openapi-30.mjs';
    const spec = forGenerators(${JSON.stringify(source)});
    console.log(JSON.stringify({ spec, spec30: toOpenApi30(spec) }));`);
  const ops = converted.spec.paths['/api/v1/Thing/{id}'];

  test('inlines every body and response, orders media types, defaults required to true', () => {
    expect(ops.put.requestBody).toEqual({ required: true, content: expect.any(Object) });
    expect(Object.keys(ops.put.requestBody.content)).toEqual(['application/json', 'application/xml', 'text/json']);
    expect(ops.patch.requestBody.required).toBe(false);
    expect(Object.keys(ops.get.responses['200'].content)).toEqual(['application/json', 'application/merge-patch+json']);
    expect(ops.get.responses['404']).toEqual({ description: 'Not found' });
    expect(ops.put.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Thing' });
    expect(converted.spec.components.requestBodies).toBeUndefined();
    expect(converted.spec.components.responses).toBeUndefined();
  });

  test('translates 3.1 constructs to 3.0 with the same meaning', () => {
    expect(converted.spec30.components.schemas.Thing.properties).toEqual({
      A: { nullable: true, allOf: [{ $ref: '#/components/schemas/Thing' }] },
      B: { type: 'integer', nullable: true, example: 1 },
      C: { enum: ['x'] },
    });
    expect(converted.spec30.info).toMatchObject({ 'x-summary': 's', license: { name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' } });
  });

  test('refuses what OpenAPI 3.0 cannot say instead of dropping it', () => {
    const schemas = [{ type: ['string', 'integer'] }, { type: 'array', prefixItems: [] }, { properties: { a: { unevaluatedProperties: false } } }];
    const errors = runModule(`
      import { schemaTo30 } from './scripts/lib/openapi-30.mjs';
      console.log(JSON.stringify(${JSON.stringify(schemas)}.map((schema) => {
        try { schemaTo30(schema, '#/x'); return null; } catch (e) { return e.message; }
      })));`);
    expect(errors).toEqual([
      '#/x: OpenAPI 3.0 cannot say type ["string","integer"]',
      '#/x: OpenAPI 3.0 has no `prefixItems`',
      '#/x/properties/a: OpenAPI 3.0 has no `unevaluatedProperties`',
    ]);
  });
});
