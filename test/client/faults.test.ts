// The fault matrix: what a caller gets when the server or the network misbehaves. For every case:
// the expected error class or result, the call settles within its timeout, no unhandled rejection,
// and no secret in anything the error exposes.
import type { ServerResponse } from 'node:http';
import {
  ChatSessionApiError,
  ChatSessionNetworkError,
  ChatSessionResponseError,
  ChatSessionTimeoutError,
  ChatSessionValidationError,
  type ChatSessionClientOptions,
  type SlowCallInfo,
} from '../../src/index';
import { unusedPort, useLoopbackServer, type Handler } from '../support/loopback-server';
import { clientFor } from '../support/client';
import { sampleRequest, sampleResponse } from '../support/samples';
import { expectNoSecrets } from '../support/assertions';

const TOKEN = 'fault-SECRET-token';
const APP = 'fault-SECRET-app';
const TIMEOUT_MS = 1000; // generous, so a loaded machine does not turn a quick answer into a timeout

const server = useLoopbackServer();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

const send = (res: ServerResponse, status: number, body: string, type = 'application/json') => {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
};
const huge = JSON.stringify({ ...sampleResponse, LastMessage: 'x'.repeat(20 * 1024 * 1024) });
const slowCalls: SlowCallInfo[] = [];

type Expect = { error: new (...args: never[]) => Error; status?: number } | { result: (value: unknown) => void };

const resetMidResponse: Handler = (_q, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
  res.write('{"ChatSessionId":');
  setTimeout(() => res.socket?.destroy(), 10);
};
const stallAfterHeaders: Handler = (_q, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{');
};
const answer = (status: number, body: string, type?: string, delayMs = 0): Handler => (_q, res) => void setTimeout(() => send(res, status, body, type), delayMs);
const emptyBadGateway: Handler = (_q, res) => {
  res.writeHead(502);
  res.end();
};
const wrongShape = JSON.stringify({ ...sampleResponse, Status: 42 });
const slowCallOptions: Partial<ChatSessionClientOptions> = { slowCallThresholdMs: 100, onSlowCall: (info) => slowCalls.push(info) };

const cases: [string, Handler | 'refused', Partial<ChatSessionClientOptions>, Expect][] = [
  ['connection refused', 'refused', {}, { error: ChatSessionNetworkError }],
  ['connection reset mid-response', resetMidResponse, {}, { error: ChatSessionNetworkError }],
  ['no response at all', () => undefined, {}, { error: ChatSessionTimeoutError }],
  ['headers, then the body stalls', stallAfterHeaders, {}, { error: ChatSessionTimeoutError }],
  ['500 with an HTML body', answer(500, '<html><body>Internal error</body></html>', 'text/html'), {}, { error: ChatSessionApiError, status: 500 }],
  ['502 with an empty body', emptyBadGateway, {}, { error: ChatSessionApiError, status: 502 }],
  ['200 with truncated JSON', answer(200, JSON.stringify(sampleResponse).slice(0, 100)), {}, { error: ChatSessionResponseError }],
  ['200 with a wrong shape, validation off', answer(200, wrongShape), {}, { result: (v) => expect(v).toMatchObject({ Status: 42 }) }],
  ['200 with a wrong shape, validation on', answer(200, wrongShape), { validateResponses: true }, { error: ChatSessionValidationError }],
  ['a slow 200 that crosses the slow-call threshold', answer(200, JSON.stringify(sampleResponse), undefined, 120), slowCallOptions, { result: (v) => {
    expect(v).toEqual(sampleResponse);
    expect(slowCalls).toHaveLength(1);
  } }],
  ['a huge 200 body (20 MiB) with maxResponseBytes raised', answer(200, huge), { timeoutMs: 10_000, maxResponseBytes: 32 * 1024 * 1024 }, { result: (v) => expect((v as { LastMessage: string }).LastMessage).toHaveLength(20 * 1024 * 1024) }],
  ['a huge 500 body (20 MiB)', answer(500, huge), { timeoutMs: 10_000 }, { error: ChatSessionApiError, status: 500 }],
  ['a 200 body over maxResponseBytes (default 1 MiB)', answer(200, huge), {}, { error: ChatSessionResponseError }],
];

test.each(cases)('%s', async (_name, handler, options, expected) => {
  let baseUrl = server.url;
  if (handler === 'refused') baseUrl = `http://127.0.0.1:${await unusedPort()}`;
  else server.handle(handler);
  const client = clientFor(baseUrl, { auth: { scheme: 'Bearer', token: TOKEN }, appToken: APP, timeoutMs: TIMEOUT_MS, ...options });
  const limit = (options.timeoutMs ?? TIMEOUT_MS) + 2000;
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([
    client.create(sampleRequest).then((value) => ({ value }), (error: unknown) => ({ error })),
    new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), limit))),
  ]);
  clearTimeout(timer); // the test's own watchdog must not keep jest alive
  expect(settled).not.toBe('hung');
  expect(Date.now() - started).toBeLessThan(limit);
  if ('error' in expected) {
    expect(settled).toHaveProperty('error');
    const error = (settled as { error: unknown }).error;
    expect(error).toBeInstanceOf(expected.error);
    if (expected.status) expect(error).toMatchObject({ status: expected.status });
    expectNoSecrets(error, [TOKEN, APP]);
  } else {
    expect(settled).toHaveProperty('value');
    expected.result((settled as { value: unknown }).value);
  }
  await new Promise((resolve) => setImmediate(resolve));
  expect(unhandled).toEqual([]);
}, 20_000);
