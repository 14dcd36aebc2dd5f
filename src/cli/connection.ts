// What every command that calls the API shares: the connection flags, credentials from the
// environment, the client options they make (checked before anything starts), and the embedded
// Prism mock when no base URL is given (started on a free loopback port, used, and stopped).
import { createChatSessionClient, type ChatSessionClient } from '../client.js';
import type { ChatSessionClientOptions } from '../options/client-options.js';
import { authFromEnv, UsageError } from './env.js';
import type { Flag } from './flags.js';
import type { Io } from './io.js';
import { PRISM_INSTALL, PrismMissingError, startPrism } from './prism.js';
import { SPEC_PATH } from './spec.js';
import { checked, timeoutFlag } from './usage.js';

/** The flags of every API command, with their help lines (parseArgs options). */
export const CONNECTION_FLAGS = {
  'base-url': { type: 'string', help: 'URL  the tenant URL (default: $SO_BASE_URL). Without one, the embedded Prism mock is started on a free loopback port, used, and stopped' },
  'accept-language': { type: 'string', help: 'V  the Accept-Language header' },
  language: { type: 'string', help: 'V  the SO-Language header' },
  culture: { type: 'string', help: 'V  the SO-Culture header' },
  'time-zone': { type: 'string', help: 'V  the SO-TimeZone header' },
  'timeout-ms': { type: 'string', help: 'N  time allowed for each call (default 60000)' },
  validate: { type: 'boolean', help: 'check each response against the spec' },
  'allow-insecure-http': { type: 'boolean', help: 'allow credentials over plain http:// to a host that is not loopback' },
} as const satisfies Record<string, Flag>;

export type ConnectionValues = { [K in keyof typeof CONNECTION_FLAGS]?: (typeof CONNECTION_FLAGS)[K]['type'] extends 'string' ? string : boolean };

/** How --base-url and SO_BASE_URL are named in messages. */
export const BASE_URL_FLAGS = { baseUrl: '--base-url (or SO_BASE_URL)' };

const MOCK_CREDENTIALS = { scheme: 'Bearer', token: 'mock-token' } as const;

export interface Connection {
  /** The tenant URL, or undefined: the embedded mock is used. */
  readonly baseUrl: string | undefined;
  /** The client's options for the server at `url`. */
  optionsFor(url: string): ChatSessionClientOptions;
}

/** The connection the flags and the environment describe, every part of it checked (nothing started or sent). */
export function connectionFrom(values: ConnectionValues, env: NodeJS.ProcessEnv = process.env): Connection {
  const baseUrl = values['base-url'] ?? env.SO_BASE_URL;
  const auth = authFromEnv(env);
  if (baseUrl && !auth) throw new UsageError('no credentials: set one kind of credentials in the environment (see --help)');
  const timeoutMs = values['timeout-ms'] !== undefined ? timeoutFlag(values['timeout-ms'], 0) : undefined;
  const optionsFor = (url: string): ChatSessionClientOptions => ({
    baseUrl: url,
    auth: auth ?? MOCK_CREDENTIALS,
    ...(env.SO_APP_TOKEN !== undefined ? { appToken: env.SO_APP_TOKEN } : {}),
    ...(values['accept-language'] !== undefined ? { acceptLanguage: values['accept-language'] } : {}),
    ...(values.language !== undefined ? { language: values.language } : {}),
    ...(values.culture !== undefined ? { culture: values.culture } : {}),
    ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    validateResponses: values.validate === true,
    allowInsecureHttp: values['allow-insecure-http'] === true,
  });
  // The client checks its options when it is created: with the mock's loopback address standing
  // in for the base URL when there is none yet.
  checked(() => createChatSessionClient(optionsFor(baseUrl ?? 'http://127.0.0.1')), BASE_URL_FLAGS);
  return { baseUrl, optionsFor };
}

/** Runs `use` with a client of the connection: the tenant's, or the embedded mock's (stopped afterwards). */
export async function withClient<T>(connection: Connection, io: Io, use: (client: ChatSessionClient, url: string) => Promise<T>): Promise<T> {
  if (connection.baseUrl) return use(createChatSessionClient(connection.optionsFor(connection.baseUrl)), connection.baseUrl);
  const prism = await startPrism({ spec: SPEC_PATH }).catch((error: unknown) => {
    if (!(error instanceof PrismMissingError)) throw error;
    throw new UsageError(
      `no base URL, and the embedded mock needs Prism, which is not installed. Either pass --base-url URL (or set SO_BASE_URL) to use a tenant, or install Prism for the mock: ${PRISM_INSTALL}`,
    );
  });
  io.err(`chatsession: no base URL given; using the embedded Prism mock at ${prism.url}`);
  try {
    return await use(createChatSessionClient(connection.optionsFor(prism.url)), prism.url);
  } finally {
    await prism.close();
  }
}
