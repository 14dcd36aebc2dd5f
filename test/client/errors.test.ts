// Each error class, as a caller sees it, and that no secret reaches any string form of any error.
import {
  ChatSessionApiError,
  ChatSessionError,
  ChatSessionNetworkError,
  ChatSessionResponseError,
  ChatSessionTimeoutError,
  type ChatSessionAuth,
} from '../../src/index';
import { clientFor } from '../support/client';
import { json, unusedPort, useLoopbackServer, type Handler } from '../support/loopback-server';
import { sampleRequest } from '../support/samples';
import { expectNoSecrets, rejectionOf } from '../support/assertions';

const PASSWORD = 'pa55-wörd-SECRET';
const BASIC_B64 = Buffer.from(`tje0:${PASSWORD}`).toString('base64');
const TICKET = '7T:ticket-SECRET';
const TOKEN = 'bearer-SECRET-token';
const XSRF = 'xsrf-SECRET-token';
const APP_TOKEN = 'app-SECRET-token';
const SECRETS = [PASSWORD, BASIC_B64, TICKET, TOKEN, XSRF, APP_TOKEN];
const AUTHS: ChatSessionAuth[] = [
  { scheme: 'Basic', username: 'tje0', password: PASSWORD },
  { scheme: 'SoTicket', ticket: TICKET },
  { scheme: 'Bearer', token: TOKEN },
  { scheme: 'Cookie', xsrfToken: XSRF },
];

const server = useLoopbackServer();

const client = (auth: ChatSessionAuth = AUTHS[0]!, extra: object = {}) => clientFor(`${server.url}/Cust1`, { auth, appToken: APP_TOKEN, ...extra });

/** A server that echoes every request header into its error body: the worst case for redaction. */
const echoHeaders = (status: number): Handler => (req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req-42', 'set-cookie': `session=${TOKEN}` });
  res.end(JSON.stringify({ Error: 'denied', Echo: req.headers, Note: `your token was ${req.headers.authorization ?? req.headers['x-xsrf-token']}` }));
};
/** Answers 200 with `body` as it is, under `type`. */
const ok = (body: string, type = 'application/json'): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
};

describe('ChatSessionApiError (non-2xx)', () => {
  test.each([400, 401, 403, 500])('%i: status, parsed body, method, url, request id', async (status) => {
    server.handle(json(status, { Error: 'Something', ErrorType: 'X' }, { 'x-request-id': 'req-42' }));
    const error = await rejectionOf(client({ scheme: 'Bearer', token: TOKEN }).create(sampleRequest, { select: ['CustomerName'] }));
    expect(error).toBeInstanceOf(ChatSessionApiError);
    expect(error).toBeInstanceOf(ChatSessionError);
    expect(error).toMatchObject({
      name: 'ChatSessionApiError',
      status,
      method: 'POST',
      url: `${server.url}/Cust1/api/v1/ChatSession?$select=CustomerName`,
      requestId: 'req-42',
      body: { Error: 'Something', ErrorType: 'X' },
    });
    expect((error as Error).message).toContain(`POST ${server.url}/Cust1/api/v1/ChatSession?$select=CustomerName failed: ${status}`);
    expect((error as ChatSessionApiError).request?.headers).toMatchObject({ authorization: 'Bearer [REDACTED]', 'so-apptoken': '[REDACTED]' });
  });

  test('a text error body is kept as text; an empty one is undefined', async () => {
    server.handle((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<html>Server Error</html>');
    });
    expect(await rejectionOf(client().create(sampleRequest))).toMatchObject({ status: 500, body: '<html>Server Error</html>' });
    server.handle((_req, res) => {
      res.writeHead(502);
      res.end();
    });
    expect(await rejectionOf(client().create(sampleRequest))).toMatchObject({ status: 502, body: undefined });
  });

  test.each(AUTHS.map((a) => [a.scheme, a] as const))('no secret in any string form, even when the server echoes them (%s)', async (_scheme, auth) => {
    server.handle(echoHeaders(401));
    const error = await rejectionOf(client(auth).create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionApiError);
    expect(JSON.stringify((error as ChatSessionApiError).body)).toContain('[REDACTED]');
    expectNoSecrets(error, SECRETS);
  });
});

describe('2xx that is not a chat session: ChatSessionResponseError', () => {
  test('a non-JSON 200 body that echoes the credential does not leak it through the parse error', async () => {
    server.handle((req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`token=${req.headers.authorization}`);
    });
    const error = await rejectionOf(client({ scheme: 'Bearer', token: TOKEN }).create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionResponseError);
    expect(((error as Error).cause as Error).message).toBe(`The body (${`token=Bearer ${TOKEN}`.length} characters) is not valid JSON.`);
    expectNoSecrets(error, SECRETS);
  });

  const chunkedEmpty: Handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    res.end('');
  };
  test.each([
    ['an empty body', ok(''), /empty body/],
    ['an empty body without Content-Length', chunkedEmpty, /empty body/],
    ['HTML', ok('<html>login</html>', 'text/html'), /not JSON \(Content-Type text\/html\)/],
    ['truncated JSON', ok('{"ChatSessionId": 1, "Cust'), /not JSON/],
    ['a JSON array', ok('[]'), /not an object \(an array\)/],
    ['JSON null', ok('null'), /not an object \(null\)/],
  ])('%s', async (_name, handler, message) => {
    server.handle(handler);
    const error = await rejectionOf(client().create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionResponseError);
    expect((error as Error).message).toMatch(message);
    expect(error).toMatchObject({ status: 200 });
    expectNoSecrets(error, SECRETS);
  });
});

describe('ChatSessionNetworkError', () => {
  test('connection refused: cause kept, no secret', async () => {
    const port = await unusedPort();
    const c = clientFor(`http://127.0.0.1:${port}`, { auth: { scheme: 'Bearer', token: TOKEN }, appToken: APP_TOKEN });
    const error = await rejectionOf(c.create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionNetworkError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect(((error as Error).cause as Error).message).toBe('fetch failed');
    expect((error as ChatSessionNetworkError).request).toMatchObject({ method: 'POST', url: `http://127.0.0.1:${port}/api/v1/ChatSession` });
    expectNoSecrets(error, SECRETS);
  });

  test('connection reset mid-response', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"ChatSessionId": 1,');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await rejectionOf(client().create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionNetworkError);
    expectNoSecrets(error, SECRETS);
  });
});

describe('timeouts and aborts', () => {
  test('no response within timeoutMs: ChatSessionTimeoutError, on time', async () => {
    server.handle(() => undefined); // never answers
    const started = Date.now();
    const error = await rejectionOf(client(AUTHS[2], { timeoutMs: 150 }).create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150 });
    expect(Date.now() - started).toBeLessThan(2000);
    expectNoSecrets(error, SECRETS);
  });

  test('a body that stalls after the headers also times out', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
    });
    const error = await rejectionOf(client(AUTHS[2], { timeoutMs: 150 }).create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionTimeoutError);
  });

  test("the caller's abort rejects with the caller's reason", async () => {
    server.handle(() => undefined);
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    const pending = client().create(sampleRequest, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    expect(await rejectionOf(pending)).toBe(reason);
  });

  test('an already aborted signal rejects before anything is sent', async () => {
    server.requests.length = 0;
    const reason = new Error('too late');
    expect(await rejectionOf(client().create(sampleRequest, { signal: AbortSignal.abort(reason) }))).toBe(reason);
    expect(server.requests).toHaveLength(0);
  });
});
