// The bundled spec (generated/openapi.json), for the mock and samples.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Written for the repository's layout (relative to a built file in dist/). generated/ is not shipped:
 * scripts/build.mjs points this at the package's minified copy beside the built file (dist/openapi.json).
 */
export const SPEC_PATH = fileURLToPath(new URL('../generated/openapi.json', import.meta.url));

export function readSpec(): { components: { examples: Record<string, { value: unknown }> } } {
  return JSON.parse(fs.readFileSync(SPEC_PATH, 'utf8'));
}

/** The page's sample request body (components.examples.SampleRequest). */
export const sampleRequest = (): Record<string, unknown> => readSpec().components.examples.SampleRequest!.value as Record<string, unknown>;
