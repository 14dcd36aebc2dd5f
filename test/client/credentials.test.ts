// Credentials that change: providers called per request, and one safe re-send after a 401.
import { ChatSessionApiError, ChatSessionCredentialsError, ChatSessionTimeoutError } from '../../src/index';
import { json, useLoopbackServer } from '../support/loopback-server';
import { clientFor } from '../support/client';
import { sampleRequest, sampleResponse } from '../support/samples';
import { expectNoSecrets, rejectionOf } from '../support/assertions';

/** The one token the server accepts right now. */
let currentToken = 'token-1';
beforeEach(() => {
  currentToken = 'token-1';
});
/** Accepts the current token in any scheme; a 401 that echoes the credential otherwise. */
const server = useLoopbackServer((req, res) => {
  const sent = req.headers.authorization ?? req.headers['x-xsrf-token'];
  if ([`Bearer ${currentToken}`, `SOTicket ${currentToken}`, currentToken].includes(sent ?? '')) json(200, sampleResponse)(req, res);
  else json(401, { Error: 'Unauthorized', Echo: sent })(req, res);
});

test('a provider is called for every request; a rotating token is used as it rotates', async () => {
  let calls = 0;
  const client = clientFor(server, { auth: { scheme: 'Bearer', token: () => { calls += 1; return currentToken; } } });
  await client.create(sampleRequest);
  currentToken = 'token-2';
  await client.create(sampleRequest);
  expect(calls).toBe(2);
  expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
});

test('async providers for every secret, and appToken', async () => {
  const client = clientFor(server, { auth: { scheme: 'SoTicket', ticket: async () => currentToken }, appToken: async () => 'app-1' });
  await client.create(sampleRequest);
  expect(server.requests[0]!.headers).toMatchObject({ authorization: 'SOTicket token-1', 'so-apptoken': 'app-1' });
});

test('a 401, then one re-send with the refreshed token: exactly two requests on the wire', async () => {
  let cached = 'stale';
  let refreshes = 0;
  const client = clientFor(server, {
    auth: { scheme: 'Bearer', token: () => cached },
    onUnauthorized: async () => {
      refreshes += 1;
      cached = currentToken;
    },
  });
  await expect(client.create(sampleRequest)).resolves.toEqual(sampleResponse);
  expect(refreshes).toBe(1);
  expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer stale', 'Bearer token-1']);
  expect(server.requests[1]!.body).toBe(server.requests[0]!.body);
});

test('a second 401 rejects with ChatSessionApiError: no loop', async () => {
  let refreshes = 0;
  const client = clientFor(server, { auth: { scheme: 'Bearer', token: () => 'always-wrong-SECRET' }, onUnauthorized: () => { refreshes += 1; } });
  const error = await rejectionOf(client.create(sampleRequest));
  expect(error).toBeInstanceOf(ChatSessionApiError);
  expect(error).toMatchObject({ status: 401 });
  expect(server.requests).toHaveLength(2);
  expect(refreshes).toBe(1);
  expectNoSecrets(error, ['always-wrong-SECRET']);
});

test('static credentials are never re-sent after a 401', async () => {
  const client = clientFor(server, { auth: { scheme: 'Bearer', token: 'stale' }, onUnauthorized: () => undefined });
  expect(await rejectionOf(client.create(sampleRequest))).toMatchObject({ status: 401 });
  expect(server.requests).toHaveLength(1);
});

test('no other status is re-sent', async () => {
  server.handle(json(500, {}));
  const client = clientFor(server, { auth: { scheme: 'Bearer', token: () => 't' }, onUnauthorized: () => undefined });
  expect(await rejectionOf(client.create(sampleRequest))).toMatchObject({ status: 500 });
  expect(server.requests).toHaveLength(1);
});

test('20 concurrent calls that hit 401 cause one refresh, and all succeed', async () => {
  let cached = 'stale';
  let refreshes = 0;
  const client = clientFor(server, {
    auth: { scheme: 'Bearer', token: async () => cached },
    onUnauthorized: async () => {
      refreshes += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      cached = currentToken;
    },
  });
  const results = await Promise.all(Array.from({ length: 20 }, () => client.create(sampleRequest)));
  expect(results).toHaveLength(20);
  expect(refreshes).toBe(1);
  expect(server.requests.filter((r) => r.headers.authorization === 'Bearer stale')).toHaveLength(20);
  expect(server.requests.filter((r) => r.headers.authorization === 'Bearer token-1')).toHaveLength(20);
});

test.each([
  ['throws', () => { throw new Error('vault unreachable'); }, /credential provider for auth.token failed: vault unreachable/],
  ['rejects', () => Promise.reject(new Error('refresh token expired')), /failed: refresh token expired/],
  ['returns an empty string', () => '', /returned a bad value: auth.token is empty/],
  ['returns a number', () => 42 as unknown as string, /returned a bad value: auth.token must be a string/],
  ['returns a value with CR/LF', () => 'tok\r\nX-Evil: 1', /returned a bad value: .*control character/],
])('a provider that %s rejects the call with a clear error, and nothing is sent', async (_name, provider, message) => {
  const client = clientFor(server, { auth: { scheme: 'Bearer', token: provider } });
  const error = await rejectionOf(client.create(sampleRequest));
  expect(error).toBeInstanceOf(ChatSessionCredentialsError);
  expect((error as Error).message).toMatch(message);
  expect(server.requests).toHaveLength(0);
});

test("the provider's own error is the cause, as a sanitised copy", async () => {
  const thrown = Object.assign(new RangeError('vault unreachable'), { code: 'EVAULT', secretData: 'kept out' });
  const client = clientFor(server, { auth: { scheme: 'Cookie', xsrfToken: () => { throw thrown; } } });
  const cause = ((await rejectionOf(client.create(sampleRequest))) as Error).cause;
  expect(cause).toMatchObject({ name: 'RangeError', message: 'vault unreachable', code: 'EVAULT' });
  expect(cause).not.toHaveProperty('secretData');
});

test('an async provider that never resolves is bounded by timeoutMs', async () => {
  const client = clientFor(server, { auth: { scheme: 'Bearer', token: () => new Promise<string>(() => undefined) }, timeoutMs: 100 });
  const started = Date.now();
  const error = await rejectionOf(client.create(sampleRequest));
  expect(error).toBeInstanceOf(ChatSessionTimeoutError);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(server.requests).toHaveLength(0);
});

test('an onUnauthorized hook that fails rejects with ChatSessionCredentialsError, not sent again', async () => {
  const client = clientFor(server, { auth: { scheme: 'Bearer', token: () => 'stale' }, onUnauthorized: () => { throw new Error('IdP down'); } });
  const error = await rejectionOf(client.create(sampleRequest));
  expect(error).toBeInstanceOf(ChatSessionCredentialsError);
  expect((error as Error).message).toMatch(/onUnauthorized failed: IdP down/);
  expect(server.requests).toHaveLength(1);
});

test('no provider value appears in any string form of any error', async () => {
  const secrets = ['prov-SECRET-1', 'prov-SECRET-app'];
  const errors: unknown[] = [];
  const client = clientFor(server, { auth: { scheme: 'Bearer', token: async () => secrets[0]! }, appToken: async () => secrets[1]!, onUnauthorized: () => undefined });
  errors.push(await rejectionOf(client.create(sampleRequest))); // 401 twice, echoing the token
  server.handle(() => undefined);
  const slow = clientFor(server, { auth: { scheme: 'Bearer', token: async () => secrets[0]! }, appToken: async () => secrets[1]!, timeoutMs: 50 });
  errors.push(await rejectionOf(slow.create(sampleRequest)));
  for (const error of errors) expectNoSecrets(error, secrets);
  expect(errors.map((e) => (e as Error).name)).toEqual(['ChatSessionApiError', 'ChatSessionTimeoutError']);
});
