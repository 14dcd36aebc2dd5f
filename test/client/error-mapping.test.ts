// Which failures become which error: only a genuine transport failure is a ChatSessionNetworkError
// ("the session may exist"); our own errors pass through; anything else propagates as itself.
// And every error class takes the same constructor shape.
import {
  ChatSessionApiError,
  ChatSessionCredentialsError,
  ChatSessionError,
  ChatSessionNetworkError,
  ChatSessionResponseError,
  ChatSessionTimeoutError,
  ChatSessionUsageError,
  ChatSessionValidationError,
} from '../../src/index';
import { rejectionOf } from '../support/assertions';
import { clientFor } from '../support/client';
import { sampleRequest } from '../support/samples';

const BASE = 'https://online.superoffice.com/Cust1';
const withCode = <E extends Error>(error: E, code: string): E => Object.assign(error, { code });
const failingWith = (thrown: unknown) => clientFor(BASE, { fetch: async () => { throw thrown; } });

describe('transport failures become ChatSessionNetworkError, with a sanitised copy of the original as cause', () => {
  const cases: [string, Error][] = [
    ['undici: refused', new TypeError('fetch failed', { cause: withCode(new Error('connect ECONNREFUSED 127.0.0.1:1'), 'ECONNREFUSED') })],
    ['undici: socket closed', new TypeError('fetch failed', { cause: withCode(new Error('other side closed'), 'UND_ERR_SOCKET') })],
    ['undici: body cut off', new TypeError('terminated', { cause: withCode(new Error('other side closed'), 'UND_ERR_SOCKET') })],
    ['undici: TLS', new TypeError('fetch failed', { cause: withCode(new Error('self-signed certificate'), 'DEPTH_ZERO_SELF_SIGNED_CERT') })],
    ['undici: not HTTP', new TypeError('fetch failed', { cause: withCode(new Error('Parse Error: Expected HTTP/'), 'HPE_INVALID_CONSTANT') })],
    ['undici: every address refused', new TypeError('fetch failed', { cause: new AggregateError([withCode(new Error('refused'), 'ECONNREFUSED')]) })],
    ['DNS', withCode(new Error('getaddrinfo ENOTFOUND crm.invalid'), 'ENOTFOUND')],
    ['Chromium', new TypeError('Failed to fetch')],
    ['Firefox', new TypeError('NetworkError when attempting to fetch resource.')],
    ['Safari', new TypeError('Load failed')],
  ];
  test.each(cases)('%s', async (_name, thrown) => {
    const error = await rejectionOf(failingWith(thrown).create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionNetworkError);
    const cause = (error as Error).cause as Error & { code?: string };
    expect(cause).not.toBe(thrown); // foreign causes are copied: name, code, message, stack, cause; nothing else
    expect(cause).toMatchObject({ name: thrown.name, message: thrown.message });
    expect(cause.code).toBe((thrown as { code?: string }).code);
    expect((error as ChatSessionNetworkError).request).toMatchObject({ method: 'POST', url: `${BASE}/api/v1/ChatSession` });
  });
});

describe('anything else propagates as itself', () => {
  const cases: [string, unknown][] = [
    ['a programming error in a custom fetch', new TypeError("Cannot read properties of undefined (reading 'headers')")],
    ['a plain Error', new Error('boom')],
    ['a RangeError with a Node code', withCode(new RangeError('out of range'), 'ERR_OUT_OF_RANGE')],
    ['fetch refusing before connecting (no network cause)', new TypeError('fetch failed', { cause: new Error('bad port') })],
    ['a header value fetch rejects', new TypeError('Headers.append: "a\u2028" is an invalid header value.')],
    ['a thrown string', 'not an error'],
  ];
  test.each(cases)('%s', async (_name, thrown) => {
    expect(await rejectionOf(failingWith(thrown).create(sampleRequest))).toBe(thrown);
  });

  test('an error thrown by a middleware, for raw calls and create()', async () => {
    const bug = new TypeError('middleware bug');
    const client = clientFor(BASE, { fetch: async () => Response.json({}) });
    client.raw.use({ onRequest: () => { throw bug; } });
    expect(await rejectionOf(client.create(sampleRequest))).toBe(bug);
    expect(await rejectionOf(client.raw.POST('/api/v1/ChatSession', { body: sampleRequest }))).toBe(bug);
  });

  test('our own errors pass through a middleware’s onError unchanged', async () => {
    const seen: unknown[] = [];
    const client = clientFor(BASE, { fetch: async () => { throw new TypeError('Failed to fetch'); } });
    client.raw.use({ onError: ({ error }) => void seen.push(error) });
    const error = await rejectionOf(client.create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionNetworkError);
    expect(seen).toEqual([error]);
  });
});

describe('one constructor shape: (message, { request, cause, ...fields })', () => {
  const request = { method: 'POST', url: `${BASE}/api/v1/ChatSession`, headers: { authorization: 'Bearer [REDACTED]' } };
  const cause = new Error('underneath');
  const classes: [string, ChatSessionError, Record<string, unknown>][] = [
    ['ChatSessionError', new ChatSessionError('m', { request, cause }), {}],
    ['ChatSessionUsageError', new ChatSessionUsageError('m', { request, cause }), {}],
    ['ChatSessionCredentialsError', new ChatSessionCredentialsError('m', { request, cause }), {}],
    ['ChatSessionNetworkError', new ChatSessionNetworkError('m', { request, cause }), {}],
    ['ChatSessionTimeoutError', new ChatSessionTimeoutError('m', { request, cause, timeoutMs: 5 }), { timeoutMs: 5 }],
    ['ChatSessionResponseError', new ChatSessionResponseError('m', { request, cause, status: 200, contentType: 'text/html' }), { status: 200, contentType: 'text/html' }],
    ['ChatSessionValidationError', new ChatSessionValidationError('m', { request, cause, status: 200, contentType: undefined, issues: [{ path: '/X', message: 'bad' }] }), { status: 200, issues: [{ path: '/X', message: 'bad' }] }],
    ['ChatSessionApiError', new ChatSessionApiError('m', { request, cause, status: 500, statusText: 'Oops', requestId: 'r1', body: { a: 1 } }), { status: 500, statusText: 'Oops', requestId: 'r1', body: { a: 1 }, method: 'POST', url: request.url }],
  ];
  test.each(classes)('%s', (name, error, fields) => {
    expect(error).toBeInstanceOf(ChatSessionError);
    expect(error).toMatchObject({ name, message: 'm', request, cause, ...fields });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name, message: 'm', request });
  });
});
