// Retries: opt-in, only for GET, PUT and DELETE, only on network errors, 429, 502, 503 and 504,
// with exponential backoff and jitter, Retry-After honoured, and never past timeoutMs.
import {
  ChatSessionApiError,
  ChatSessionNetworkError,
  ChatSessionTimeoutError,
  ChatSessionUsageError,
  type ChatSessionClient,
  type RetryOptions,
} from '../../src/index';
import { rejectionOf } from '../support/assertions';
import { clientFor } from '../support/client';
import { json, useLoopbackServer, type Handler } from '../support/loopback-server';

const server = useLoopbackServer();
const session = { ChatSessionId: 196 };
const FAST = { retries: 2, minDelayMs: 1, maxDelayMs: 5 };

/** Answers the first `failures` requests with `fail`, then 200 (204 for DELETE). */
const failingFirst = (failures: number, fail: Handler): Handler => (req, res) => {
  if (server.requests.length <= failures) return fail(req, res);
  if (req.method === 'DELETE') return void res.writeHead(204).end();
  json(200, session)(req, res);
};
const status = (code: number, headers: Record<string, string> = {}): Handler => json(code, { Error: `status ${code}` }, headers);

const idempotent: [string, (c: ChatSessionClient, retry: RetryOptions) => Promise<unknown>][] = [
  ['get (GET)', (c, retry) => c.get(196, { retry })],
  ['update (PUT)', (c, retry) => c.update(196, { CustomerName: 'Kris' }, { retry })],
  ['delete (DELETE)', (c, retry) => c.delete(196, { retry })],
  ['list (GET)', (c, retry) => c.list({ retry })],
];

describe.each(idempotent)('%s', (_name, call) => {
  test.each([429, 502, 503, 504])('%i is retried, and the retry succeeds', async (code) => {
    server.handle(failingFirst(1, status(code)));
    await expect(call(clientFor(server), FAST)).resolves.not.toBeInstanceOf(Error);
    expect(server.requests).toHaveLength(2);
  });
});

test.each([400, 401, 403, 404, 409, 412, 500, 501, 505])('%i is not retried', async (code) => {
  server.handle(status(code));
  const error = await rejectionOf(clientFor(server).get(196, { retry: FAST }));
  expect(error).toMatchObject({ status: code });
  expect(server.requests).toHaveLength(1);
});

test('retries: n means at most n + 1 requests; then the last answer is the error', async () => {
  server.handle(status(503));
  const error = await rejectionOf(clientFor(server).get(196, { retry: { ...FAST, retries: 3 } }));
  expect(error).toBeInstanceOf(ChatSessionApiError);
  expect(error).toMatchObject({ status: 503 });
  expect(server.requests).toHaveLength(4);
});

test('off by default: a 503 is one request', async () => {
  server.handle(status(503));
  expect(await rejectionOf(clientFor(server).get(196))).toMatchObject({ status: 503 });
  expect(server.requests).toHaveLength(1);
});

test('a network error (connection reset before any answer) is retried', async () => {
  server.handle((req, res) => {
    if (server.requests.length === 1) return void res.socket?.destroy();
    json(200, session)(req, res);
  });
  await expect(clientFor(server).get(196, { retry: FAST })).resolves.toEqual(session);
  expect(server.requests).toHaveLength(2);
});

test('a network error on every attempt: ChatSessionNetworkError after retries + 1 attempts', async () => {
  server.handle((_req, res) => void res.socket?.destroy());
  expect(await rejectionOf(clientFor(server).get(196, { retry: FAST }))).toBeInstanceOf(ChatSessionNetworkError);
  expect(server.requests).toHaveLength(3);
});

describe('POST and PATCH are never retried', () => {
  test.each<[string, (c: ChatSessionClient) => Promise<unknown>]>([
    ['create', (c) => c.create({}, { retry: FAST } as never)],
    ['patch', (c) => c.patch(196, { CustomerName: 'x' }, { retry: FAST } as never)],
    ['addMessage', (c) => c.addMessage(196, {}, { retry: FAST } as never)],
    ['transfer', (c) => c.transfer(196, 'jo', { retry: FAST } as never)],
  ])('%s with retry: ChatSessionUsageError that says why, nothing sent', async (name, call) => {
    const error = await rejectionOf(call(clientFor(server)));
    expect(error).toBeInstanceOf(ChatSessionUsageError);
    expect((error as Error).message).toMatch(new RegExp(`^${name} cannot be retried: (POST|PATCH) is not idempotent`));
    expect(server.requests).toHaveLength(0);
  });

  test.each<[string, (c: ChatSessionClient) => Promise<unknown>]>([
    ['create', (c) => c.create({})],
    ['patch', (c) => c.patch(196, { CustomerName: 'x' })],
    ['pickUp', (c) => c.pickUp(196)],
  ])('%s answered 503: one request', async (_name, call) => {
    server.handle(status(503, { 'retry-after': '0' }));
    expect(await rejectionOf(call(clientFor(server)))).toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  test('delay-seconds is honoured: the retry waits that long', async () => {
    server.handle(failingFirst(1, status(503, { 'retry-after': '1' })));
    const started = Date.now();
    await clientFor(server).get(196, { retry: { retries: 1, minDelayMs: 1 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(server.requests).toHaveLength(2);
  });

  test('an HTTP date in the past: retried at once', async () => {
    server.handle(failingFirst(1, status(429, { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' })));
    const started = Date.now();
    await clientFor(server).get(196, { retry: { retries: 1, minDelayMs: 5000, maxDelayMs: 5000 } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  // RFC 9110: delay-seconds is 1*DIGIT, any number of digits: twenty of them ask for longer than any maxDelayMs.
  test.each([['3600'], ['99999999999999999999']])('%s s, longer than maxDelayMs: not retried, the 429 is the result', async (value) => {
    server.handle(status(429, { 'retry-after': value }));
    const started = Date.now();
    expect(await rejectionOf(clientFor(server).get(196, { retry: { retries: 3 } }))).toMatchObject({ status: 429 });
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('longer than the time left (timeoutMs): not retried, the 503 is the result, at once', async () => {
    server.handle(status(503, { 'retry-after': '2' }));
    const started = Date.now();
    expect(await rejectionOf(clientFor(server, { timeoutMs: 1000 }).get(196, { retry: { retries: 3 } }))).toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(900);
  });

  test.each([['-5'], ['soon'], ['1e3'], ['1.5']])('%j is not a Retry-After: backoff applies', async (value) => {
    server.handle(failingFirst(1, status(503, { 'retry-after': value })));
    const started = Date.now();
    await clientFor(server).get(196, { retry: FAST });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(2);
  });
});

describe('bounded', () => {
  test('exponential backoff with jitter: waits of at least half of 40, 80, 160 ms, at most the full ones', async () => {
    server.handle(status(502));
    const started = Date.now();
    await rejectionOf(clientFor(server).get(196, { retry: { retries: 3, minDelayMs: 40 } }));
    const elapsed = Date.now() - started;
    expect(server.requests).toHaveLength(4);
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(280 + 1500); // the full waits, and time for four requests on a loaded machine
  });

  test('all attempts and waits stay inside timeoutMs: no wait ends after it; the last answer, or the timeout if an attempt is still running then', async () => {
    server.handle(status(503));
    const started = Date.now();
    const error = await rejectionOf(clientFor(server, { timeoutMs: 500 }).get(196, { retry: { retries: 10, minDelayMs: 100, maxDelayMs: 200 } }));
    // Usually the 503: a wait that would end after the deadline is not made. On a loaded machine the
    // last attempt may still be running at the deadline, which then ends it.
    expect(error instanceof ChatSessionTimeoutError || (error instanceof ChatSessionApiError && error.status === 503)).toBe(true);
    expect(Date.now() - started).toBeLessThan(500 + 300);
    expect(server.requests.length).toBeLessThan(11);
  });

  test('a retry that stalls: ChatSessionTimeoutError at timeoutMs', async () => {
    server.handle((req, res) => (server.requests.length === 1 ? status(503)(req, res) : undefined));
    const started = Date.now();
    expect(await rejectionOf(clientFor(server, { timeoutMs: 300 }).get(196, { retry: FAST }))).toBeInstanceOf(ChatSessionTimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test("the caller's abort during a backoff wait ends the call with the signal's reason", async () => {
    server.handle(status(503));
    const controller = new AbortController();
    const pending = rejectionOf(clientFor(server).get(196, { signal: controller.signal, retry: { retries: 3, minDelayMs: 5000, maxDelayMs: 5000 } }));
    setTimeout(() => controller.abort(new Error('stop')), 50);
    expect(await pending).toEqual(new Error('stop'));
    expect(server.requests).toHaveLength(1);
  });
});

test.each([
  [{ retries: 0 }, /retry\.retries must be an integer from 1 to 10, got 0/],
  [{ retries: 11 }, /from 1 to 10, got 11/],
  [{ retries: 1.5 }, /got 1\.5/],
  [{}, /retry\.retries must be an integer/],
  [{ retries: 2, minDelayMs: 0 }, /retry\.minDelayMs must be an integer from 1/],
  [{ retries: 2, minDelayMs: 500, maxDelayMs: 100 }, /retry\.maxDelayMs must be an integer from minDelayMs/],
  [3, /retry must be an object such as \{ retries: 3 \}, got a number/],
])('retry %j: ChatSessionUsageError, nothing sent', async (retry, message) => {
  const error = await rejectionOf(clientFor(server).get(196, { retry: retry as never }));
  expect(error).toBeInstanceOf(ChatSessionUsageError);
  expect((error as Error).message).toMatch(message);
  expect(server.requests).toHaveLength(0);
});
