// superoffice-chatsession/mock (Node only): the contract mock of the spec for your own tests.
// Prism (@stoplight/prism-cli) is an optional peer dependency: install it to use this subpath.
import { ChatSessionUsageError } from './errors/usage-error.js';
import { ListenError, PRISM_INSTALL, PrismMissingError, startPrism } from './cli/prism.js';
import { SPEC_PATH } from './cli/spec.js';

export interface MockOptions {
  /** The port to listen on; default 0: a free one (read it from `url`). */
  readonly port?: number;
  /** The address to listen on; default 127.0.0.1. IPv6 as `::1` (the URL gets brackets). */
  readonly host?: string;
  /** Generate response data from the schemas instead of answering with the page's sample response. */
  readonly dynamic?: boolean;
}

export interface RunningMock {
  /** The base URL to give the client, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stops the mock; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Starts Prism in this process, serving the bundled spec of the ChatSession resource: a request
 * that breaks the contract gets the spec's 400 (Prism names each failing field in the
 * `sl-violations` header), one without credentials 401, a valid one the sample response of the
 * operation's reference page.
 * Rejects with ChatSessionUsageError for bad options, and with an Error that says how to install
 * Prism when it is not installed or that the port is in use.
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  if (options === null || typeof options !== 'object') throw new ChatSessionUsageError('startMock options must be an object such as { port: 0 }.');
  const { port = 0, host = '127.0.0.1', dynamic = false } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ChatSessionUsageError(`port must be a port number from 0 to 65535 (0 picks a free one), got ${String(port)}.`);
  if (typeof host !== 'string' || host === '') throw new ChatSessionUsageError('host must be an address such as "127.0.0.1" or "::1".');
  try {
    return await startPrism({ spec: SPEC_PATH, port, host, dynamic: dynamic === true });
  } catch (error) {
    if (error instanceof PrismMissingError) throw new Error(`superoffice-chatsession/mock needs Prism, an optional peer dependency: ${PRISM_INSTALL}`, { cause: error.cause });
    if (error instanceof ListenError && error.code === 'EADDRINUSE') throw new Error(`port ${port} is in use; pass another port, or 0 for a free one.`);
    throw error;
  }
}
