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

/** The entity's properties, and for each carrier-typed property the name of its carrier schema. */
function selectTree(spec) {
  const entity = spec.components.schemas.ChatSessionEntityWithLinks;
  const props = Object.assign({}, ...[entity, ...(entity.allOf ?? [])].map((s) => (s.$ref ? spec.components.schemas[s.$ref.split('/').pop()] : s).properties ?? {}));
  const carriers = {};
  const top = propertyNames(spec, entity).map((name) => {
    const ref = props[name]?.oneOf?.find((o) => o.$ref)?.$ref;
    if (!ref) return name;
    const carrier = ref.split('/').pop();
    carriers[carrier] ??= propertyNames(spec, { $ref: ref });
    return `${name}:${carrier}`;
  });
  return { top, carriers };
}

/** The `$select` paths of ChatSessionEntityWithLinks: `Name` and `Carrier/Name` for nested carriers. */
export function selectPaths(spec) {
  const { top, carriers } = selectTree(spec);
  return top.flatMap((entry) => {
    const [name, carrier] = entry.split(':');
    return carrier ? [name, ...carriers[carrier].map((sub) => `${name}/${sub}`)] : [name];
  });
}

/** A schema's properties by name (following $ref and allOf) in the bundled spec. */
function propertySchemas(spec, schema) {
  const resolve = (node) => (node?.$ref ? resolve(node.$ref.slice(2).split('/').reduce((o, k) => o[k], spec)) : node);
  const s = resolve(schema);
  return Object.assign({}, ...(s.allOf ?? []).map((part) => propertySchemas(spec, part)), s.properties ?? {});
}

/**
 * The `$select` paths whose values hold other values (carriers, maps such as FieldProperties, arrays):
 * the only ones a JSON Patch path may go into. A `null` branch (`oneOf: [X, null]`) does not count.
 */
export function containerPaths(spec) {
  const resolve = (node) => (node?.$ref ? resolve(node.$ref.slice(2).split('/').reduce((o, k) => o[k], spec)) : node);
  const holdsValues = (schema) => {
    const s = resolve(schema);
    const branches = [...(s.oneOf ?? []), ...(s.anyOf ?? [])].filter((b) => resolve(b).type !== 'null');
    if (branches.length > 0) return branches.some(holdsValues);
    const types = [s.type ?? []].flat();
    return types.includes('object') || types.includes('array') || Boolean(s.properties || s.additionalProperties || s.items || s.allOf);
  };
  const entity = propertySchemas(spec, spec.components.schemas.ChatSessionEntityWithLinks);
  return selectPaths(spec).filter((path) => {
    const [name, sub] = path.split('/');
    const carrier = entity[name].oneOf?.find((branch) => branch.$ref) ?? entity[name];
    const schema = sub === undefined ? entity[name] : propertySchemas(spec, carrier)[sub];
    if (!schema) throw new Error(`containerPaths: no schema for ${path}`);
    return holdsValues(schema);
  });
}

/** generated/select-paths.ts: the paths as a type, and as a compact list expanded at load time. */
export function selectPathsModule(spec, banner) {
  const { top, carriers } = selectTree(spec);
  const union = selectPaths(spec).map((p) => JSON.stringify(p)).join(' | ');
  return `// ${banner}
/** Every \`$select\` path of ChatSessionEntityWithLinks. */
export type GeneratedSelectPath = ${union};

// "Name" or "Name:Carrier"; each carrier's properties are listed once.
const TOP = ${JSON.stringify(top.join(' '))};
const CARRIERS: Record<string, string> = ${JSON.stringify(Object.fromEntries(Object.entries(carriers).map(([k, v]) => [k, v.join(' ')])), null, 2)};

export const SELECT_PATHS = TOP.split(' ').flatMap((entry) => {
  const [name, carrier] = entry.split(':') as [string, string?];
  return carrier ? [name, ...CARRIERS[carrier]!.split(' ').map((sub) => \`\${name}/\${sub}\`)] : [name];
}) as readonly GeneratedSelectPath[];

/** The paths whose values hold other values (carriers, maps, arrays): a JSON Patch path may go into these only. */
export const CONTAINER_PATHS = ${JSON.stringify(containerPaths(spec).join(' '))}.split(' ') as readonly GeneratedSelectPath[];
`;
}
