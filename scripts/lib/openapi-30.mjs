// The OpenAPI 3.0.3 rendition of the (generator-friendly) 3.1 document, for tools without 3.1
// support (openapi-generator, older validators). A mechanical translation with the same meaning:
//
//   type: [T, 'null']                 → type: T, nullable: true
//   oneOf/anyOf: [X, {type: 'null'}]  → X with nullable: true (a lone $ref becomes allOf: [$ref],
//                                       the form generators read as "nullable reference")
//   examples: [a, …] (in a schema)    → example: a
//   const: v                          → enum: [v]
//   exclusiveMinimum/Maximum: n       → minimum/maximum: n with exclusiveMinimum/Maximum: true
//   info.license.identifier           → info.license.url (the SPDX page)
//   info.summary                      → x-summary
//
// Anything 3.0 cannot say (prefixItems, unevaluatedProperties, a type list without null, webhooks, …)
// throws, naming where it is, so a new construct in openapi/ is translated on purpose, not dropped.

import { METHODS } from './for-generators.mjs';

const SCHEMA_MAPS = ['properties'];
const SCHEMA_LISTS = ['allOf', 'oneOf', 'anyOf'];
const SCHEMA_SINGLES = ['items', 'not', 'additionalProperties'];
const UNSUPPORTED = [
  '$defs', '$id', '$schema', '$anchor', '$dynamicRef', '$dynamicAnchor', 'prefixItems', 'unevaluatedProperties', 'unevaluatedItems',
  'contains', 'minContains', 'maxContains', 'dependentSchemas', 'dependentRequired', 'if', 'then', 'else', 'propertyNames',
  'patternProperties', 'contentMediaType', 'contentEncoding', 'contentSchema',
];

const isNullSchema = (schema) => schema && Object.keys(schema).every((k) => k === 'type' || k === 'description') && schema.type === 'null';

/** One schema (and everything under it) in OpenAPI 3.0 form. `where` names it in errors. */
export function schemaTo30(schema, where) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (UNSUPPORTED.includes(key)) throw new Error(`${where}: OpenAPI 3.0 has no \`${key}\``);
    if (key === '$comment') continue;
    if (SCHEMA_MAPS.includes(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, schemaTo30(sub, `${where}/${key}/${name}`)]));
    } else if (SCHEMA_LISTS.includes(key)) {
      out[key] = value.map((sub, i) => (isNullSchema(sub) ? sub : schemaTo30(sub, `${where}/${key}/${i}`)));
    } else if (SCHEMA_SINGLES.includes(key) && typeof value === 'object') {
      out[key] = schemaTo30(value, `${where}/${key}`);
    } else if (key === 'examples') {
      if (!Array.isArray(value) || value.length === 0) throw new Error(`${where}: schema examples must be a non-empty array`);
      out.example = value[0];
    } else if (key === 'const') {
      out.enum = [value];
    } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'number') {
      out[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'] = value;
      out[key] = true;
    } else {
      out[key] = value;
    }
  }
  if (Array.isArray(out.type)) {
    const types = out.type.filter((t) => t !== 'null');
    if (types.length !== 1) throw new Error(`${where}: OpenAPI 3.0 cannot say type ${JSON.stringify(out.type)}`);
    out.type = types[0];
    if (types.length < schema.type.length) out.nullable = true;
  } else if (out.type === 'null') {
    throw new Error(`${where}: OpenAPI 3.0 has no null type outside oneOf/anyOf [X, null]`);
  }
  for (const key of ['oneOf', 'anyOf']) {
    const branches = schema[key];
    if (!Array.isArray(branches) || !branches.some(isNullSchema)) continue;
    const rest = out[key].filter((_, i) => !isNullSchema(branches[i]));
    delete out[key];
    out.nullable = true;
    if (rest.length !== 1) out[key] = rest;
    else if (rest[0].$ref) out.allOf = [...(out.allOf ?? []), rest[0]];
    else {
      for (const [k, v] of Object.entries(rest[0])) {
        if (k in out && k !== 'nullable') throw new Error(`${where}: cannot merge \`${k}\` of the non-null branch`);
        out[k] = v;
      }
    }
  }
  return out;
}

const mapValues = (object, fn) => (object ? Object.fromEntries(Object.entries(object).map(([k, v]) => [k, fn(v, k)])) : object);

function parameterTo30(parameter, where) {
  return parameter.$ref ? parameter : { ...parameter, ...(parameter.schema && { schema: schemaTo30(parameter.schema, `${where}/schema`) }) };
}

function contentTo30(content, where) {
  return mapValues(content, (media, type) => ({ ...media, ...(media.schema && { schema: schemaTo30(media.schema, `${where}/${type}/schema`) }) }));
}

function bodyOrResponseTo30(node, where) {
  if (node.$ref) return node;
  const out = { ...node };
  if (node.content) out.content = contentTo30(node.content, `${where}/content`);
  if (node.headers) out.headers = mapValues(node.headers, (header, name) => parameterTo30(header, `${where}/headers/${name}`));
  return out;
}

function operationTo30(operation, where) {
  const out = { ...operation };
  if (operation.parameters) out.parameters = operation.parameters.map((p, i) => parameterTo30(p, `${where}/parameters/${i}`));
  if (operation.requestBody) out.requestBody = bodyOrResponseTo30(operation.requestBody, `${where}/requestBody`);
  if (operation.responses) out.responses = mapValues(operation.responses, (r, code) => bodyOrResponseTo30(r, `${where}/responses/${code}`));
  if (operation.callbacks) throw new Error(`${where}: callbacks are not translated`);
  return out;
}

/** The OpenAPI 3.0.3 rendition of an OpenAPI 3.1 document (a new object). */
export function toOpenApi30(spec) {
  if (!/^3\.1\./.test(spec.openapi)) throw new Error(`expected an OpenAPI 3.1 document, got ${spec.openapi}`);
  for (const key of ['webhooks', 'jsonSchemaDialect']) if (key in spec) throw new Error(`OpenAPI 3.0 has no \`${key}\``);
  if (spec.components?.pathItems) throw new Error('OpenAPI 3.0 has no components.pathItems');
  const { summary, license, ...info } = spec.info;
  const out = structuredClone({ ...spec, openapi: '3.0.3' });
  out.info = {
    ...info,
    description: `${info.description ?? ''}\n\nThis is the OpenAPI 3.0.3 rendition of the OpenAPI 3.1 document, translated mechanically with the same meaning for tools without 3.1 support.`.trim(),
    ...(summary !== undefined && { 'x-summary': summary }),
    ...(license && {
      license: license.identifier ? { name: license.name, url: `https://spdx.org/licenses/${license.identifier}.html` } : license,
    }),
  };
  out.paths = mapValues(spec.paths, (item, route) => {
    const copy = { ...item };
    for (const [key, value] of Object.entries(item)) {
      const where = `#/paths/${route.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (key === 'parameters') copy.parameters = value.map((p, i) => parameterTo30(p, `${where}/parameters/${i}`));
      else if (METHODS.includes(key)) copy[key] = operationTo30(value, `${where}/${key}`);
    }
    return copy;
  });
  const c = spec.components ?? {};
  out.components = {
    ...c,
    ...(c.schemas && { schemas: mapValues(c.schemas, (s, name) => schemaTo30(s, `#/components/schemas/${name}`)) }),
    ...(c.parameters && { parameters: mapValues(c.parameters, (p, name) => parameterTo30(p, `#/components/parameters/${name}`)) }),
    ...(c.headers && { headers: mapValues(c.headers, (h, name) => parameterTo30(h, `#/components/headers/${name}`)) }),
    ...(c.requestBodies && { requestBodies: mapValues(c.requestBodies, (b, name) => bodyOrResponseTo30(b, `#/components/requestBodies/${name}`)) }),
    ...(c.responses && { responses: mapValues(c.responses, (r, name) => bodyOrResponseTo30(r, `#/components/responses/${name}`)) }),
  };
  for (const [name, scheme] of Object.entries(c.securitySchemes ?? {})) {
    if (scheme.type === 'mutualTLS') throw new Error(`#/components/securitySchemes/${name}: OpenAPI 3.0 has no mutualTLS`);
  }
  return structuredClone(out);
}
