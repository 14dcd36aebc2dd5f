// Turns the bundle of the multi-file spec into the document users feed to client generators
// (generated/openapi.json). Generic: it applies to every operation written in the source pattern
// (path files that $ref components/parameters, components/requestBodies, components/responses), so
// operations added later come out right without changes here. The meaning is unchanged.
//
// 1. Request bodies and responses are inlined into the operations. Several generators
//    (swagger-typescript-api among them) do not follow a $ref from an operation to
//    components/requestBodies or components/responses: they send the body without a Content-Type
//    and return no data. Schemas stay component $refs, which every generator follows.
// 2. `application/json` is listed first in every content map, and `text/json` last: generators pick
//    the first JSON-like type (hey-api, orval) or the last one; either way they send the entity as
//    JSON (application/json, or text/json, which the server reads as the same entity) rather than as a
//    JSON Patch or merge patch. The other types keep the source order.
// 3. A request body without `required` is required: every vendor operation binds its body parameter,
//    and generators make an optional body optional in the signature. A body that may be omitted must
//    say `required: false` in the source.

const FIRST = 'application/json';
const LAST = 'text/json';
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The component a local `#/components/<kind>/<name>` $ref points at, or undefined. */
function componentAt(spec, ref, kind) {
  const prefix = `#/components/${kind}/`;
  if (typeof ref !== 'string' || !ref.startsWith(prefix)) return undefined;
  const target = spec.components?.[kind]?.[ref.slice(prefix.length)];
  if (target === undefined) throw new Error(`unresolved ${ref}`);
  return target;
}

/** A copy of a content map with application/json first and text/json last. */
export function orderContent(content) {
  const keys = Object.keys(content);
  const rank = (type) => (type === FIRST ? 0 : type === LAST ? 2 : 1);
  const ordered = keys.map((type, index) => ({ type, index })).sort((a, b) => rank(a.type) - rank(b.type) || a.index - b.index);
  return Object.fromEntries(ordered.map(({ type }) => [type, content[type]]));
}

/** Inlines a requestBody/response (following a chain of component $refs) and orders its content. */
function inline(spec, node, kind) {
  let resolved = node;
  for (let target = componentAt(spec, resolved?.$ref, kind); target !== undefined; target = componentAt(spec, resolved?.$ref, kind)) {
    resolved = target;
  }
  const copy = structuredClone(resolved);
  if (copy.content) copy.content = orderContent(copy.content);
  return copy;
}

/** Every operation of the document as [path, method, operation]. */
export function operationsOf(spec) {
  return Object.entries(spec.paths ?? {}).flatMap(([route, item]) =>
    METHODS.filter((method) => item[method]).map((method) => [route, method, item[method]]),
  );
}

/** Whether any string $ref under node points into components/<kind>. */
function refersTo(node, kind) {
  if (Array.isArray(node)) return node.some((item) => refersTo(item, kind));
  if (node === null || typeof node !== 'object') return false;
  return Object.entries(node).some(([key, value]) =>
    key === '$ref' ? typeof value === 'string' && value.startsWith(`#/components/${kind}/`) : refersTo(value, kind),
  );
}

/** The generator-friendly rendition of a bundled OpenAPI 3.1 document (a new object; the input is not changed). */
export function forGenerators(bundled) {
  const spec = structuredClone(bundled);
  for (const [, , operation] of operationsOf(spec)) {
    if (operation.requestBody) {
      operation.requestBody = inline(spec, operation.requestBody, 'requestBodies');
      operation.requestBody.required ??= true;
    }
    for (const code of Object.keys(operation.responses ?? {})) {
      operation.responses[code] = inline(spec, operation.responses[code], 'responses');
    }
  }
  // Components nothing refers to any more are dropped, so no generator emits them twice.
  for (const kind of ['requestBodies', 'responses']) {
    if (spec.components?.[kind] && !refersTo({ ...spec, components: { ...spec.components, [kind]: undefined } }, kind)) {
      delete spec.components[kind];
    }
  }
  return spec;
}
