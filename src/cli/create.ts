// `chatsession create`: saves a chat session and prints it as JSON. Without a base URL, it starts
// the embedded Prism mock on a free loopback port, uses it, and stops it.
import { parseArgs } from 'node:util';
import { createChatSessionClient } from '../client.js';
import { selectQuery } from '../select/query.js';
import type { SelectPath } from '../select/types.js';
import { authFromEnv, UsageError } from './env.js';
import { HELP } from './help.js';
import { startPrism } from './prism.js';
import { readEntity } from './read-entity.js';
import { SPEC_PATH } from './spec.js';

const MOCK_CREDENTIALS = { scheme: 'Bearer', token: 'mock-token' } as const;

export async function create(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      file: { type: 'string' },
      sample: { type: 'boolean' },
      select: { type: 'string' },
      'base-url': { type: 'string' },
      'accept-language': { type: 'string' },
      language: { type: 'string' },
      culture: { type: 'string' },
      'time-zone': { type: 'string' },
      'timeout-ms': { type: 'string' },
      validate: { type: 'boolean' },
      'allow-insecure-http': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const entity = readEntity(values.file, values.sample === true);
  const baseUrl = values['base-url'] ?? process.env.SO_BASE_URL;
  const auth = authFromEnv(process.env);
  if (baseUrl && !auth) throw new UsageError('no credentials: set one kind of credentials in the environment (see --help)');
  const timeoutMs = values['timeout-ms'] === undefined ? undefined : Number(values['timeout-ms']);
  const select = values.select?.split(',').map((s) => s.trim()) as SelectPath[] | undefined;
  if (select) selectQuery(select); // a wrong path is a usage error before anything starts

  const run = async (url: string) => {
    const client = createChatSessionClient({
      baseUrl: url,
      auth: auth ?? MOCK_CREDENTIALS,
      ...(process.env.SO_APP_TOKEN !== undefined ? { appToken: process.env.SO_APP_TOKEN } : {}),
      ...(values['accept-language'] !== undefined ? { acceptLanguage: values['accept-language'] } : {}),
      ...(values.language !== undefined ? { language: values.language } : {}),
      ...(values.culture !== undefined ? { culture: values.culture } : {}),
      ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      validateResponses: values.validate === true,
      allowInsecureHttp: values['allow-insecure-http'] === true,
    });
    const session = await client.create(entity, select ? { select } : {});
    process.stdout.write(`${JSON.stringify(session, null, 2)}\n`);
    return 0;
  };
  if (baseUrl) return run(baseUrl);

  const prism = await startPrism({ spec: SPEC_PATH });
  process.stderr.write(`chatsession: no base URL given; using the embedded Prism mock at ${prism.url}\n`);
  try {
    return await run(prism.url);
  } finally {
    await prism.close();
  }
}
