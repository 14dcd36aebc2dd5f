// Starts Prism in this process (no child process, no fixed port): the contract mock of the spec,
// or, with `upstream`, a validating proxy in front of a real server. Node only (CLI and tests).
// Prism is an optional peer dependency: the library itself never loads it.
import { Writable } from 'node:stream';
import { deferFaker } from './defer-faker.js';

export interface PrismOptions {
  /** The bundled spec: a file path or the parsed document. */
  readonly spec: string | object;
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Generate responses from the schemas instead of returning the sample response. */
  readonly dynamic?: boolean;
  /** Proxy to this server and validate both directions, instead of mocking. */
  readonly upstream?: string;
  /** Receives Prism's log lines (JSON strings); default: discarded. */
  readonly log?: (line: string) => void;
}

export interface RunningPrism {
  /** e.g. `http://127.0.0.1:41234` */
  readonly url: string;
  close(): Promise<void>;
}

/** Prism's packages, installed with @stoplight/prism-cli (an optional peer dependency of this package). */
async function loadPrism() {
  try {
    const [core, http, server] = await Promise.all([
      import('@stoplight/prism-core'),
      import('@stoplight/prism-http'),
      import('@stoplight/prism-http-server'),
    ]);
    return { core, http, server };
  } catch (cause) {
    throw new Error('The mock needs Prism: install it with `npm install --save-dev @stoplight/prism-cli@5.14.2`.', { cause });
  }
}

export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  if (!options.dynamic) deferFaker(typeof options.spec === 'string' ? options.spec : `${process.cwd()}/package.json`);
  const { core, http, server: httpServer } = await loadPrism();
  const log = options.log;
  const sink = new Writable({
    write(chunk, _encoding, done) {
      log?.(String(chunk));
      done();
    },
  });
  const logger = core.createLogger('PRISM', { level: log ? 'info' : 'silent' }, sink);
  const operations = await http.getHttpOperationsFromSpec(options.spec);
  const shared = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    mock: { dynamic: options.dynamic === true },
  };
  const config = options.upstream
    ? { ...shared, isProxy: true as const, upstream: new URL(options.upstream), upstreamProxy: undefined }
    : { ...shared, isProxy: false as const, upstreamProxy: undefined };
  const server = httpServer.createServer(operations, { cors: false, config, components: { logger } });
  const host = options.host ?? '127.0.0.1';
  // listen() resolves with the address it got, e.g. http://127.0.0.1:41234 (port 0 picks a free one).
  const address = await server.listen(options.port ?? 0, host);
  const port = new URL(address).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () => server.close(),
  };
}
