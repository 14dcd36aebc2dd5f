// Turns the bundled OpenAPI 3.1 document into a JSON Schema 2020-12 document.
// OpenAPI 3.1 schemas are JSON Schema 2020-12, so this only moves components.schemas
// to $defs and rewrites the $refs that point at them.

export const SCHEMA_ID = 'https://superoffice-chatsession.invalid/chatsession.schema.json';

export function toJsonSchema(spec) {
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const copy = {};
    for (const [key, value] of Object.entries(node)) {
      copy[key] = key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', '#/$defs/') : rewrite(value);
    }
    return copy;
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: `${spec.info.title} (schemas)`,
    description: 'The schemas of the OpenAPI document, as JSON Schema 2020-12.',
    $defs: rewrite(spec.components.schemas),
  };
}

const RANGES = { int32: [-2147483648, 2147483647], int16: [-32768, 32767] };
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'format']);
const NAME_MAPS = new Set(['properties', '$defs', 'patternProperties']);

/**
 * A copy of a JSON Schema for compiled validators: `format: int32|int16` integers get the
 * range the format means (so it is enforced without a format plug-in), and annotations
 * (title, description, examples, format) are dropped so the generated code stays small.
 */
export function forValidation(schema) {
  const visit = (node, isNameMap) => {
    if (Array.isArray(node)) return node.map((item) => visit(item, false));
    if (node === null || typeof node !== 'object') return node;
    const copy = {};
    for (const [key, value] of Object.entries(node)) {
      if (!isNameMap && ANNOTATIONS.has(key)) continue;
      copy[key] = visit(value, !isNameMap && NAME_MAPS.has(key));
    }
    const range = !isNameMap && node.type === 'integer' && RANGES[node.format];
    if (range) [copy.minimum, copy.maximum] = range;
    return copy;
  };
  return visit(schema, false);
}

/** Property names of a schema (following $ref and allOf) in the bundled spec. */
function propertyNames(spec, schema) {
  const resolve = (node) => (node?.$ref ? resolve(node.$ref.slice(2).split('/').reduce((o, k) => o[k], spec)) : node);
  const s = resolve(schema);
  return [...(s.allOf ?? []).flatMap((part) => propertyNames(spec, part)), ...Object.keys(s.properties ?? {})];
}

/** The `$select` paths of ChatSessionEntityWithLinks: `Name` and `Carrier/Name` for nested carriers. */
export function selectPaths(spec) {
  const entity = spec.components.schemas.ChatSessionEntityWithLinks;
  const props = Object.assign({}, ...[entity, ...(entity.allOf ?? [])].map((s) => (s.$ref ? spec.components.schemas[s.$ref.split('/').pop()] : s).properties ?? {}));
  const paths = [];
  for (const name of propertyNames(spec, entity)) {
    paths.push(name);
    const carrier = props[name]?.oneOf?.find((o) => o.$ref)?.$ref;
    if (carrier) for (const sub of propertyNames(spec, { $ref: carrier })) paths.push(`${name}/${sub}`);
  }
  return paths;
}
