// A hostile server echoes every credential it receives, in every form an echo can take (exact,
// URL-encoded with %20 and +, base64, JSON-escaped, truncated runs), into every place a client
// might copy server text from: the status line, headers, the body, JSON keys, validation paths,
// redirect targets and the HTTP parser's own errors. For each auth scheme, static and with
// providers, no string form of the error or of any cause may hold any of them.
import type { ServerResponse } from 'node:http';
import {
  ChatSessionApiError,
  ChatSessionCredentialsError,
  ChatSessionNetworkError,
  ChatSessionRedirectError,
  ChatSessionResponseError,
  ChatSessionValidationError,
  type ChatSessionClientOptions,
} from '../../src/index';
import { echoForms, expectNoEchoes, MIN_RUN, rejectionOf } from '../support/assertions';
import { clientFor } from '../support/client';
import { useLoopbackServer, useRawServer, type Handler, type ReceivedRequest } from '../support/loopback-server';
import { sampleRequest, sampleResponse } from '../support/samples';
import { HOSTILE_CALLS } from './calls';
import { ATTACKED, secretsReceived } from './secrets';

// Every case is bounded: a hostile server must not be able to hang the suite.
jest.setTimeout(15_000);

/** Every echo form of every secret the request carried, and truncated runs of each (a prefix and a middle slice). */
function echoOf(request: ReceivedRequest): string[] {
  const secrets = secretsReceived(request.headers);
  echoes += secrets.length;
  return secrets.flatMap((secret) => [...echoForms(secret), secret.slice(0, MIN_RUN + 1), secret.slice(2, 2 + MIN_RUN)]);
}
/** What may stand in a status line or header: Latin-1, no control characters. */
const headerSafe = (texts: string[]) => texts.filter((text) => /^[\x20-\x7e\xa0-\xff]*$/.test(text)).join(' | ');
let echoes = 0;

const answer = (res: ServerResponse, status: number, headers: Record<string, string>, body: string) => {
  res.writeHead(status, headers);
  res.end(body);
};
const attacks: [string, Handler, new (...args: never[]) => Error, Partial<ChatSessionClientOptions>?][] = [
  ['the status line', (req, res) => {
    res.statusMessage = headerSafe(echoOf(req));
    answer(res, 400, { 'content-type': 'application/json' }, '{}');
  }, ChatSessionApiError],
  ['X-Request-Id', (req, res) => answer(res, 500, { 'x-request-id': headerSafe(echoOf(req)) }, ''), ChatSessionApiError],
  ['the Content-Type of a non-JSON 2xx', (req, res) => answer(res, 200, { 'content-type': `text/plain; echo="${headerSafe(echoOf(req))}"` }, 'not JSON'), ChatSessionResponseError],
  ['a JSON error body, in keys and values, nested', (req, res) => {
    const echo = echoOf(req);
    const body = { Error: echo.join(' '), ...Object.fromEntries(echo.map((e) => [e, { nested: [e, { [e]: e }] }])) };
    answer(res, 400, { 'content-type': 'application/json' }, JSON.stringify(body));
  }, ChatSessionApiError],
  ['a text error body', (req, res) => answer(res, 500, { 'content-type': 'text/plain' }, echoOf(req).join('\n')), ChatSessionApiError],
  ['validation issue paths (keys of FieldProperties)', (req, res) => {
    const FieldProperties = Object.fromEntries(echoOf(req).map((e) => [e, 42]));
    answer(res, 200, { 'content-type': 'application/json' }, JSON.stringify({ ...sampleResponse, FieldProperties, CustomerName: 7 }));
  }, ChatSessionValidationError, { validateResponses: true }],
  ['a redirect target', (req, res) => answer(res, 302, { location: `https://evil.example/${encodeURIComponent(echoOf(req).join('|'))}` }, ''), ChatSessionRedirectError],
];

const server = useLoopbackServer();
/** Answers with something that is not HTTP, echoing the request (headers included): the parser's error quotes it. */
const parserBait = useRawServer((socket, received) => socket.end(`XTTP/1.1 200 OK\r\n${received}`));
beforeEach(() => {
  echoes = 0;
});

describe.each(HOSTILE_CALLS)('%s', (_call, call) => {
  describe.each(ATTACKED.map((client) => [client.name, client] as const))('%s', (_name, attacked) => {
    test.each(attacks)('echoed into %s', async (_where, handler, errorClass, options = {}) => {
      server.handle(handler);
      const error = await rejectionOf(call(clientFor(server, { ...attacked.options, ...options })));
      expect(error).toBeInstanceOf(errorClass);
      expect(echoes).toBeGreaterThan(0); // the server did see, and echo, the secrets
      expectNoEchoes(error, attacked.secrets);
    });

    test("echoed into the HTTP parser's error (cause)", async () => {
      const error = await rejectionOf(call(clientFor(parserBait.url, attacked.options)));
      expect(error).toBeInstanceOf(ChatSessionNetworkError);
      expect((error as Error).message).toMatch(/HPE_/);
      expectNoEchoes(error, attacked.secrets);
    });

    test('echoed by a 401 that comes back after the refresh', async () => {
      server.handle((req, res) => answer(res, 401, { 'content-type': 'text/plain', 'x-request-id': headerSafe(echoOf(req)) }, echoOf(req).join(' ')));
      const error = await rejectionOf(call(clientFor(server, { ...attacked.options, onUnauthorized: () => undefined })));
      expect(error).toMatchObject({ status: 401 });
      expect(server.requests).toHaveLength(attacked.provider ? 2 : 1);
      expectNoEchoes(error, attacked.secrets);
    });
  });
});

describe.each(ATTACKED.filter((c) => c.provider).map((client) => [client.name, client] as const))('%s: messages of providers and hooks', (_name, attacked) => {
  test('a provider whose error message holds the secret it returned before', async () => {
    server.handle((_req, res) => answer(res, 200, { 'content-type': 'application/json' }, JSON.stringify(sampleResponse)));
    let calls = 0;
    const leaky = (value: () => string) => () => {
      calls += 1;
      if (calls > 1) throw new Error(`could not refresh ${attacked.secrets.map((s) => echoForms(s).join(' ')).join(' ')}; last value was ${value()}`);
      return value();
    };
    const { auth, appToken } = attacked.options as { auth: Record<string, unknown>; appToken: () => string };
    const wrapped = Object.fromEntries(Object.entries(auth).map(([k, v]) => [k, typeof v === 'function' ? leaky(v as () => string) : v]));
    const client = clientFor(server, { auth: wrapped as never, appToken });
    await client.create(sampleRequest); // the provider's values are now known to the client
    const error = await rejectionOf(client.create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionCredentialsError);
    expectNoEchoes(error, attacked.secrets);
  });

  test("a provider whose error message, on the first call, holds what a sibling provider just returned", async () => {
    const { auth } = attacked.options as { auth: Record<string, unknown> };
    const appToken = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20)); // the other provider has answered by now
      throw new Error(`app token refused; the request carried ${attacked.secrets.flatMap(echoForms).join(' ')}`);
    };
    const error = await rejectionOf(clientFor(server, { auth: auth as never, appToken }).create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionCredentialsError);
    expect(server.requests).toHaveLength(0);
    expectNoEchoes(error, attacked.secrets.slice(0, -1)); // all but the app token, which was never returned
  });

  test('an onUnauthorized hook whose error message holds the current secret', async () => {
    server.handle((_req, res) => answer(res, 401, {}, ''));
    const message = attacked.secrets.flatMap(echoForms).join(' ');
    const client = clientFor(server, { ...attacked.options, onUnauthorized: () => Promise.reject(new Error(`refresh failed: ${message}`)) });
    const error = await rejectionOf(client.create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionCredentialsError);
    expect((error as Error).message).toMatch(/^onUnauthorized failed: refresh failed: \[REDACTED\]/);
    expectNoEchoes(error, attacked.secrets);
  });
});

describe('how much of a secret is removed', () => {
  const token = 'Zq81-Wx4!Mn07-Yb55';
  const echoRun = (run: string) => useServerBody(run);
  const useServerBody = (text: string) => {
    server.handle((_req, res) => answer(res, 500, { 'content-type': 'text/plain' }, `before ${text} after`));
    return clientFor(server, { auth: { scheme: 'Bearer', token } }).create(sampleRequest);
  };

  test(`a run of ${MIN_RUN} characters of a secret is removed`, async () => {
    const error = (await rejectionOf(echoRun(token.slice(5, 5 + MIN_RUN)))) as ChatSessionApiError;
    expect(error.body).toBe('before [REDACTED] after');
  });

  test(`a run of ${MIN_RUN - 1} characters is kept: too short to tell anything, and common in ordinary text`, async () => {
    const error = (await rejectionOf(echoRun(token.slice(5, 5 + MIN_RUN - 1)))) as ChatSessionApiError;
    expect(error.body).toBe(`before ${token.slice(5, 5 + MIN_RUN - 1)} after`);
  });

  test('a secret shorter than that is removed where it stands as a word, not inside other words', async () => {
    server.handle((_req, res) => answer(res, 500, { 'content-type': 'text/plain' }, 'token=k9Q; ak9Qb'));
    const error = (await rejectionOf(clientFor(server, { auth: { scheme: 'Bearer', token: 'k9Q' } }).create(sampleRequest))) as ChatSessionApiError;
    expect(error.body).toBe('token=[REDACTED]; ak9Qb');
  });
});
