// A loopback HTTP server for tests: records every request exactly as it arrived (raw header
// lines, body bytes) and answers with whatever the test's handler says.
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The header lines as sent: [name, value, name, value, ...]. */
  rawHeaders: string[];
  body: string;
}

export type Handler = (request: ReceivedRequest, response: http.ServerResponse) => void | Promise<void>;

export interface LoopbackServer {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  handle(handler: Handler): void;
  /** Requests still being served, once they have had up to 2 s to finish (idle keep-alive sockets excluded). */
  busyConnections(): Promise<number>;
  close(): Promise<void>;
}

export const SAMPLE_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

/** Answers JSON with the given status. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { ...SAMPLE_HEADERS, ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/** `tls`: a key and certificate to serve https:// with instead of http://. */
export async function startLoopbackServer(handler: Handler = json(200, {}), tls?: { key: string; cert: string }): Promise<LoopbackServer> {
  let current = handler;
  const requests: ReceivedRequest[] = [];
  let inFlight = 0;
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight += 1;
    res.on('close', () => (inFlight -= 1));
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const received: ReceivedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(received);
      Promise.resolve(current(received, res)).catch((error) => {
        res.destroy(error);
      });
    });
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  // Idle keep-alive sockets stay open until close(): with Node's 5 s default, a test slowed down by a
  // loaded machine saw the server close a socket just as the client reused it, so a request never
  // arrived. A backlog for the 1 000-connection tests, so no connection waits for a SYN retry.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 2048 }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    busyConnections: async () => {
      for (let waited = 0; inFlight > 0 && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      return inFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One loopback server for a test file: started before all tests, closed after them, and before
 * each test its recorded requests cleared and its handler reset to `handler`. The object it
 * returns stands for that server inside tests.
 */
export function useLoopbackServer(handler: Handler = json(200, {}), tls?: { key: string; cert: string }): LoopbackServer {
  let current: LoopbackServer | undefined;
  beforeAll(async () => {
    current = await startLoopbackServer(handler, tls);
  });
  afterAll(() => current?.close());
  beforeEach(() => {
    started().requests.length = 0;
    started().handle(handler);
  });
  const started = () => {
    if (!current) throw new Error('the loopback server starts in beforeAll: use it inside a test or hook');
    return current;
  };
  return {
    get url() {
      return started().url;
    },
    get requests() {
      return started().requests;
    },
    handle: (next) => started().handle(next),
    busyConnections: () => started().busyConnections(),
    close: () => started().close(),
  };
}

/** A loopback port nothing listens on (connections to it are refused). */
export async function unusedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * A loopback TCP server that speaks no HTTP of its own: `reply` gets each connection's first bytes
 * (the request head) and writes whatever it likes, for answers an HTTP server library would refuse to send.
 */
export function useRawServer(reply: (socket: net.Socket, received: string) => void): { readonly url: string } {
  let server: net.Server | undefined;
  const sockets = new Set<net.Socket>();
  beforeAll(async () => {
    server = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
      socket.once('data', (chunk) => reply(socket, chunk.toString('latin1')));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server?.close(resolve));
  });
  return {
    get url() {
      return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    },
  };
}
