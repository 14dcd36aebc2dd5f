// Prism, in this process (no child process, no fixed port): the contract mock of the spec as an
// HTTP server (startPrism), and Prism's validating proxy engine for the contract check
// (contract-check.ts). Node only (CLI, the /mock subpath, tests). Prism is an optional peer
// dependency: the library itself never loads it.
import { Writable } from 'node:stream';
import { deferFaker } from './defer-faker.js';

export const PRISM_INSTALL = 'npm install --save-dev @stoplight/prism-cli@5.14.2';

/** Thrown when Prism's packages cannot be loaded: @stoplight/prism-cli is not installed. */
export class PrismMissingError extends Error {
  override name = 'PrismMissingError';
}

/** Thrown when the mock cannot listen: the port is taken, or the host is not an address of this machine. */
export class ListenError extends Error {
  override name = 'ListenError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export interface PrismOptions {
  /** The bundled spec: a file path or the parsed document. */
  readonly spec: string | object;
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Generate responses from the schemas instead of returning the sample response. */
  readonly dynamic?: boolean;
  /** Receives Prism's log lines (JSON strings); default: discarded. */
  readonly log?: (line: string) => void;
}

export interface RunningPrism {
  /** e.g. `http://127.0.0.1:41234`, `http://[::1]:41234` */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Prism's engine (core and HTTP), installed with @stoplight/prism-cli (an optional peer dependency
 * of this package). Unless `dynamic` (data generated from schemas), faker is deferred (see
 * defer-faker.ts; `base` is a file to resolve Prism from).
 */
export async function loadPrism(base: string, dynamic = false) {
  if (!dynamic) deferFaker(base);
  const [core, http] = await importPrism(() => Promise.all([import('@stoplight/prism-core'), import('@stoplight/prism-http')]));
  return { core, http };
}

async function importPrism<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    throw new PrismMissingError(`Prism (@stoplight/prism-cli) is not installed; install it with \`${PRISM_INSTALL}\`.`, { cause });
  }
}

export type Prism = Awaited<ReturnType<typeof loadPrism>>;

/** Prism's logger, writing to `log` (or nowhere). */
export function prismLogger(prism: Prism, log: ((line: string) => void) | undefined) {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      log?.(String(chunk));
      done();
    },
  });
  return prism.core.createLogger('PRISM', { level: log ? 'info' : 'silent' }, sink);
}

/** Validate requests, responses and credentials; never turn a violation into an error response. */
export const VALIDATING = { validateRequest: true, validateResponse: true, checkSecurity: true, errors: false } as const;

/** The mock server. */
export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const prism = await loadPrism(typeof options.spec === 'string' ? options.spec : `${process.cwd()}/package.json`, options.dynamic === true);
  const httpServer = await importPrism(() => import('@stoplight/prism-http-server'));
  const operations = await prism.http.getHttpOperationsFromSpec(options.spec);
  const config = { ...VALIDATING, mock: { dynamic: options.dynamic === true }, isProxy: false as const, upstreamProxy: undefined };
  const server = httpServer.createServer(operations, { cors: false, config, components: { logger: prismLogger(prism, options.log) } });
  const host = (options.host ?? '127.0.0.1').replace(/^\[(.*)\]$/, '$1'); // [::1] as in a URL, or ::1
  const port = options.port ?? 0;
  let address: string;
  try {
    // listen() resolves with `http://<address>:<port>` (port 0 picks a free one) and rejects with
    // the message of Node's error (a string).
    address = await server.listen(port, host);
  } catch (failure) {
    const message = String(failure);
    const code = /\b(E[A-Z]+)\b/.exec(message)?.[1];
    if (code === 'EADDRINUSE') throw new ListenError(`port ${port} is in use`, code);
    throw new ListenError(`cannot listen on ${host} port ${port}: ${code ?? message}`, code);
  }
  // Not new URL(address): for an IPv6 host, Prism's address has no brackets (http://::1:4010).
  const actualPort = /:(\d+)$/.exec(address)![1];
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    close: () => (closing ??= server.close()),
  };
}
