// One ajv (draft 2020-12, with formats) over the spec's schemas, for tests.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import jsonSchema from '../../generated/chatsession.schema.json';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addFormat('int16', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -32768 && n <= 32767 });
ajv.addSchema(jsonSchema);

/** A validator for one schema of components.schemas. */
export const validatorFor = (name: string): ValidateFunction => ajv.getSchema(`${jsonSchema.$id}#/$defs/${name}`)!;

/** The instance paths that failed, e.g. `/WhenRequested`. */
export const failedPaths = (validate: ValidateFunction): string[] => [...new Set((validate.errors ?? []).map((e) => e.instancePath))];

const compiled = new Map<string, ValidateFunction>();
/** A validator for a schema of the bundled spec that is not in components.schemas (a media type's inline schema). */
export function validatorForSchema(schema: unknown): ValidateFunction {
  const text = JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${jsonSchema.$id}#/$defs/`);
  if (!compiled.has(text)) compiled.set(text, ajv.compile(JSON.parse(text)));
  return compiled.get(text)!;
}
