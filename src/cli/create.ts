// `chatsession create`: saves a chat session and prints it as JSON. Without a base URL, it starts
// the embedded Prism mock on a free loopback port, uses it, and stops it. Every input is checked
// before Prism starts or anything is sent.
import { parseArgs } from 'node:util';
import { createChatSessionClient } from '../client.js';
import type { ChatSessionClientOptions } from '../options/client-options.js';
import { selectQuery } from '../select/query.js';
import type { SelectPath } from '../select/types.js';
import { authFromEnv, UsageError } from './env.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { PRISM_INSTALL, PrismMissingError, startPrism } from './prism.js';
import { readEntity } from './read-entity.js';
import { SPEC_PATH } from './spec.js';
import { checked, timeoutFlag } from './usage.js';

const MOCK_CREDENTIALS = { scheme: 'Bearer', token: 'mock-token' } as const;
const FLAGS = { baseUrl: '--base-url (or SO_BASE_URL)' };

export async function create(args: string[], io: Io): Promise<number> {
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
    io.out(HELP);
    return 0;
  }
  const entity = readEntity(values.file, values.sample === true);
  const baseUrl = values['base-url'] ?? process.env.SO_BASE_URL;
  const auth = authFromEnv(process.env);
  if (baseUrl && !auth) throw new UsageError('no credentials: set one kind of credentials in the environment (see --help)');
  const select = values.select?.split(',').map((s) => s.trim()) as SelectPath[] | undefined;
  if (select) checked(() => selectQuery(select), FLAGS);
  const optionsFor = (url: string): ChatSessionClientOptions => ({
    baseUrl: url,
    auth: auth ?? MOCK_CREDENTIALS,
    ...(process.env.SO_APP_TOKEN !== undefined ? { appToken: process.env.SO_APP_TOKEN } : {}),
    ...(values['accept-language'] !== undefined ? { acceptLanguage: values['accept-language'] } : {}),
    ...(values.language !== undefined ? { language: values.language } : {}),
    ...(values.culture !== undefined ? { culture: values.culture } : {}),
    ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] } : {}),
    ...(values['timeout-ms'] !== undefined ? { timeoutMs: timeoutFlag(values['timeout-ms'], 0) } : {}),
    validateResponses: values.validate === true,
    allowInsecureHttp: values['allow-insecure-http'] === true,
  });
  // The client checks its options when it is created: with the mock's loopback address standing
  // in for the base URL when there is none yet.
  checked(() => createChatSessionClient(optionsFor(baseUrl ?? 'http://127.0.0.1')), FLAGS);

  const run = async (url: string) => {
    const client = createChatSessionClient(optionsFor(url));
    const session = await client.create(entity, select ? { select } : {});
    io.out(JSON.stringify(session, null, 2));
    return 0;
  };
  if (baseUrl) return run(baseUrl);

  const prism = await startPrism({ spec: SPEC_PATH }).catch((error: unknown) => {
    if (!(error instanceof PrismMissingError)) throw error;
    throw new UsageError(
      `no base URL, and the embedded mock needs Prism, which is not installed. Either pass --base-url URL (or set SO_BASE_URL) to use a tenant, or install Prism for the mock: ${PRISM_INSTALL}`,
    );
  });
  io.err(`chatsession: no base URL given; using the embedded Prism mock at ${prism.url}`);
  try {
    return await run(prism.url);
  } finally {
    await prism.close();
  }
}
