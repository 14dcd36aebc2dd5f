// The bundled spec (generated/openapi.json) and small helpers to walk it.
import spec from '../../generated/openapi.json';

export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON document

export const bundled: Json = spec;
export const operation: Json = bundled.paths['/api/v1/ChatSession'].post;

/** Follows a local `$ref` (`#/components/...`) to its target; returns other nodes unchanged. */
export function deref(node: Json): Json {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .map((part: string) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((obj: Json, key: string) => obj?.[key], bundled);
    if (current === undefined) throw new Error(`unresolved ${node.$ref}`);
  }
  return current;
}

/** The properties of a schema, with those of its allOf parts merged in. */
export function propertiesOf(schema: Json): Record<string, Json> {
  const resolved = deref(schema);
  const own = resolved.properties ?? {};
  return Object.assign({}, ...(resolved.allOf ?? []).map(propertiesOf), own);
}

export const schemaNamed = (name: string): Json => bundled.components.schemas[name];

/** What every error response's description says of its body; the API description's "Errors" section says what that means. */
export const UNDOCUMENTED_BODY = 'the body is undocumented (see Errors in the API description)';
