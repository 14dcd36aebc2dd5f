// The generators of the regeneration matrix (npm run regen), one entry each. For every entry the
// matrix (matrix.mjs) runs `generate` into out/<id>/client/, writes out/<id>/types.ts (`types`
// below: the generated entity and result types) and out/<id>/sample.ts (the vendor's sample request
// typed with them), copies each of `calls` (operationId → a file of calls/) as
// out/<id>/call-<operationId>.ts and each of `support` (name → a file of calls/), compiles it all
// with `tsc --strict`, runs each call against a loopback server, and measures the generated types
// (`operation` names the generated function of POST /api/v1/ChatSession).
//
// `readme` is the command a user runs (in the README, "Regenerating clients"); `generate` is the same
// command as the matrix runs it (the spec and output paths filled in). To call another operation end
// to end: add calls/<id>-<operation>.ts per generator, list it in `calls`, and give matrix.mjs an
// entry in `endToEnd` saying what must reach the server and come back.

/** @typedef {{ spec: string, out: string, dir: string }} Paths  spec: the document; out: out/<id>/client; dir: out/<id> */

// `everyOperation(operationIds)` is TypeScript naming the generated function of every operation of
// the spec: the matrix compiles it, so a generator that drops an operation fails the matrix.
const camel = (id) => id.charAt(0).toLowerCase() + id.slice(1);

export const generators = [
  {
    id: 'hey-api',
    name: '@hey-api/openapi-ts (fetch client)',
    package: '@hey-api/openapi-ts',
    document: 'openapi.json',
    readme: { command: 'npx @hey-api/openapi-ts@0.95.0 -i node_modules/superoffice-chatsession/generated/openapi.json -o src/client -c @hey-api/client-fetch' },
    generate: ({ spec, out }) => ['openapi-ts', '-i', spec, '-o', out, '-c', '@hey-api/client-fetch'],
    types: `export type { ChatSessionEntity, ChatSessionEntityWithLinks } from './client/types.gen';`,
    operation: `import type { postChatSessionEntity } from './client/sdk.gen';\nexport type Operation = typeof postChatSessionEntity;`,
    everyOperation: (ids) => `import type * as sdk from './client/sdk.gen';\nexport type EveryOperation = [${ids.map((id) => `typeof sdk.${camel(id)}`).join(', ')}];`,
    calls: { PostChatSessionEntity: 'hey-api.ts' },
  },
  {
    id: 'orval',
    name: 'orval (fetch)',
    package: 'orval',
    document: 'openapi.json',
    // orval's fetch client calls relative URLs; its documented custom-fetch mutator adds the base URL.
    // `output.headers: true` puts the header parameters (SO-*) into the generated signatures.
    // `override.contentType.include`: given a body offered in several media types with different
    // schemas (the entity, and the JSON Patch document), orval types the body as their union and sends
    // no Content-Type at all (fetch then sends text/plain); limited to application/json it types the
    // entity and sends application/json.
    readme: { command: 'npx orval@7.13.2 --config orval.config.cjs', note: 'with the orval.config.cjs shown above' },
    config: ({ spec }) => ({
      // CommonJS: orval 7.13 reads `export default` of an .mjs config as a config without input.
      'orval.config.cjs': `module.exports = {
  chatsession: {
    input: { target: ${JSON.stringify(spec)} },
    output: {
      target: './client/api.ts',
      client: 'fetch',
      headers: true,
      override: {
        contentType: { include: ['application/json'] },
        mutator: { path: './custom-fetch.ts', name: 'customFetch' },
      },
    },
  },
};
`,
    }),
    generate: ({ dir }) => ['orval', '--config', `${dir}/orval.config.cjs`],
    types: `export type { ChatSessionEntity, ChatSessionEntityWithLinks } from './client/api';`,
    operation: `import type { postChatSessionEntity } from './client/api';\nexport type Operation = typeof postChatSessionEntity;`,
    everyOperation: (ids) => `import type * as orval from './client/api';\nexport type EveryOperation = [${ids.map((id) => `typeof orval.${camel(id)}`).join(', ')}];`,
    calls: { PostChatSessionEntity: 'orval.ts' },
    support: { 'custom-fetch.ts': 'orval-custom-fetch.ts' },
  },
  {
    id: 'openapi-zod-client',
    name: 'openapi-zod-client',
    package: 'openapi-zod-client',
    document: 'openapi.json',
    readme: { command: 'npx openapi-zod-client@1.18.3 node_modules/superoffice-chatsession/generated/openapi.json -o src/client.ts', note: 'runtime: @zodios/core, zod 3, axios' },
    generate: ({ spec, out }) => ['openapi-zod-client', spec, '-o', `${out}/client.ts`],
    types: `import type { z } from 'zod';
import type { schemas } from './client/client';
export type ChatSessionEntity = z.input<typeof schemas.ChatSessionEntity>;
export type ChatSessionEntityWithLinks = z.output<typeof schemas.ChatSessionEntityWithLinks>;`,
    operation: `import type { createApiClient } from './client/client';\nexport type Operation = ReturnType<typeof createApiClient>['PostChatSessionEntity'];`,
    everyOperation: (ids) => `type Zodios = ReturnType<typeof createApiClient>;\nexport type EveryOperation = [${ids.map((id) => `Zodios['${id}']`).join(', ')}];`,
    calls: { PostChatSessionEntity: 'openapi-zod-client.ts' },
  },
  {
    id: 'swagger-typescript-api',
    name: 'swagger-typescript-api (fetch)',
    package: 'swagger-typescript-api',
    document: 'openapi.json',
    // --enum-style=union: enums as unions of names, so JSON from a server (or the vendor's sample) type-checks.
    readme: { command: 'npx swagger-typescript-api@13.13.0 generate -p node_modules/superoffice-chatsession/generated/openapi.json -o src/client --enum-style=union' },
    generate: ({ spec, out }) => ['swagger-typescript-api', 'generate', '-p', spec, '-o', out, '--enum-style=union'],
    types: `export type { ChatSessionEntity, ChatSessionEntityWithLinks } from './client/Api';`,
    operation: `import type { Api } from './client/Api';\nexport type Operation = Api<unknown>['api']['postChatSessionEntity'];`,
    everyOperation: (ids) => `export type EveryOperation = [${ids.map((id) => `Api<unknown>['api']['${camel(id)}']`).join(', ')}];`,
    calls: { PostChatSessionEntity: 'swagger-typescript-api.ts' },
  },
];

/** The Postman collection converter; checked on the collection it writes (no TypeScript). */
export const postman = {
  id: 'openapi-to-postmanv2',
  name: 'openapi-to-postmanv2 (Postman collection)',
  package: 'openapi-to-postmanv2',
  document: 'openapi.json',
  readme: { command: 'npx -p openapi-to-postmanv2@6.3.3 openapi2postmanv2 -s node_modules/superoffice-chatsession/generated/openapi.json -o chatsession.postman.json -p -O parametersResolution=Example' },
  options: { parametersResolution: 'Example' },
};
