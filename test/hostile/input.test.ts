// Bad input is always a ChatSessionUsageError that says what to fix, raised before anything is
// sent; and the plain-http guard runs on every request actually sent, whatever built its URL.
import { ChatSessionUsageError, createChatSessionClient, type ChatSessionClientOptions } from '../../src/index';
import { rejectionOf } from '../support/assertions';
import { clientFor } from '../support/client';
import { json, useLoopbackServer } from '../support/loopback-server';
import { sampleRequest, sampleResponse } from '../support/samples';

// Every case is bounded: a hostile server must not be able to hang the suite.
jest.setTimeout(15_000);

const server = useLoopbackServer(json(200, sampleResponse));
const PATH = '/api/v1/ChatSession';
/** A fetch that records what would have been sent (to hosts no test may reach). */
const sent: string[] = [];
const recordingFetch = async (request: Request) => {
  sent.push(request.url);
  return Response.json(sampleResponse);
};
beforeEach(() => {
  sent.length = 0;
});
const expectUsageError = async (call: () => Promise<unknown>, message: RegExp) => {
  const error = await rejectionOf(call());
  expect(error).toBeInstanceOf(ChatSessionUsageError);
  expect((error as Error).message).toMatch(message);
  expect(server.requests).toHaveLength(0);
  expect(sent).toHaveLength(0);
};
const creating = (options: Partial<ChatSessionClientOptions>) => () => Promise.resolve().then(() => createChatSessionClient({ baseUrl: server.url, auth: { scheme: 'Bearer', token: 't' }, ...options }));

describe('options checked against real limits', () => {
  test.each([
    ['timeoutMs of 2^31', { timeoutMs: 2 ** 31 }, /timeoutMs must be at most 2147483647 milliseconds/],
    ['slowCallThresholdMs of 2^31', { slowCallThresholdMs: 2 ** 31 }, /slowCallThresholdMs must be at most 2147483647/],
    ['maxResponseBytes past 256 MiB', { maxResponseBytes: 2 ** 30 }, /maxResponseBytes must be at most 268435456 bytes/],
    ['maxResponseBytes of 0', { maxResponseBytes: 0 }, /maxResponseBytes must be a positive number of bytes/],
  ] as const)('%s', (_name, options, message) => expectUsageError(creating(options), message));

  test('2147483647 ms is accepted, and a call under it is not timed out at once', async () => {
    await expect(clientFor(server, { timeoutMs: 2_147_483_647, slowCallThresholdMs: 2_147_483_647 }).create(sampleRequest)).resolves.toEqual(sampleResponse);
  });
});

describe('header values that are not HTTP header bytes', () => {
  test.each([
    ['U+2028 in a language option', { language: 'en\u2028X' }, /language \(the SO-Language header\) contains a character above U\+00FF/],
    ['a non-Latin-1 character in the app token', { appToken: 'app€' }, /appToken \(the SO-AppToken header\) contains a character above U\+00FF/],
    ['a non-Latin-1 character in a token', { auth: { scheme: 'Bearer', token: 'tøken✓' } }, /auth.token .* above U\+00FF/],
  ] as const)('%s', (_name, options, message) => expectUsageError(creating(options as Partial<ChatSessionClientOptions>), message));

  test('U+2028 in a per-call header', () => expectUsageError(() => clientFor(server).create(sampleRequest, { headers: { 'X-Trace': 'a\u2028b' } }), /headers\["X-Trace"\] .* above U\+00FF/));

  test.each([
    ['headers', { headers: { 'X-Trace': 'a\u2028b' } }],
    ['params.header', { params: { header: { 'X-Trace': 'tøken✓' } } }],
  ])('U+2028 or a non-Latin-1 character in client.raw %s', (_where, init) =>
    expectUsageError(() => clientFor(server).raw.POST(PATH, { body: sampleRequest, ...(init as object) }), /X-Trace.* above U\+00FF/));

  test('a provider returning a non-Latin-1 value: nothing sent', async () => {
    const error = await rejectionOf(clientFor(server, { auth: { scheme: 'Bearer', token: () => 'tøken✓' } }).create(sampleRequest));
    expect((error as Error).message).toMatch(/returned a bad value: .*above U\+00FF/);
    expect(server.requests).toHaveLength(0);
  });

  test('a Basic password may hold any character (it is sent as UTF-8 base64)', async () => {
    await clientFor(server, { auth: { scheme: 'Basic', username: 'jørgen', password: 'pass\u2028wörd✓' } }).create(sampleRequest);
    expect(Buffer.from(server.requests[0]!.headers.authorization!.slice(6), 'base64').toString('utf8')).toBe('jørgen:pass\u2028wörd✓');
  });
});

describe('an entity that cannot be serialised', () => {
  const cyclic: Record<string, unknown> = { CustomerName: 'x' };
  cyclic.Self = cyclic;
  test.each([
    ['a BigInt', { ...sampleRequest, ChatSessionId: 10n }, /cannot be serialised: .*BigInt/],
    ['a cycle', cyclic, /cannot be serialised: .*circular/i],
    ['a throwing toJSON', { ...sampleRequest, toJSON: () => { throw new Error('no JSON for you'); } }, /cannot be serialised: no JSON for you/],
  ])('%s', (_name, entity, message) => expectUsageError(() => clientFor(server).create(entity as never), message));

  test('through client.raw too', () => expectUsageError(() => clientFor(server).raw.POST(PATH, { body: { ChatSessionId: 1n } as never }), /cannot be serialised/));
});

describe('headers fetch forbids, or that would corrupt the request', () => {
  test.each(['Content-Length', 'Host', 'Transfer-Encoding', 'Connection', 'Keep-Alive', 'Upgrade', 'Expect', 'TE', 'Proxy-Authorization', 'Sec-Fetch-Mode', 'Origin'])('%s, per call', (name) =>
    expectUsageError(() => clientFor(server).create(sampleRequest, { headers: { [name]: '5' } }), new RegExp(`headers must not set ${name}`)));

  test('Content-Length through client.raw', () => expectUsageError(() => clientFor(server).raw.POST(PATH, { body: sampleRequest, headers: { 'Content-Length': '5' } }), /must not set content-length/i));
});

describe('the base URL', () => {
  test.each([
    ['ending with a bare ?', 'https://online.superoffice.com/Cust12345?', /must not have a query string or fragment \(not even a bare "\?" or "#"\)/],
    ['ending with a bare #', 'https://online.superoffice.com/Cust12345#', /not even a bare/],
    ['already ending in /api/v1', 'https://online.superoffice.com/Cust12345/api/v1', /without \/api\/v1 \(the client adds it\)/],
    ['already ending in /api/v1/', 'https://online.superoffice.com/Cust12345/api/v1/', /without \/api\/v1/],
    ['plain http to a *.localhost name', 'http://tenant.localhost:8080', /plain http:\/\/ to tenant.localhost/],
    ['plain http to an IPv4-mapped address outside 127/8', 'http://[::ffff:10.0.0.1]', /plain http:\/\//],
  ])('%s', (_name, baseUrl, message) => expectUsageError(creating({ baseUrl }), message));

  test.each(['http://localhost:1', 'http://127.0.0.1:1', 'http://127.1.2.3', 'http://[::1]:1', 'http://[::ffff:127.0.0.1]:1', 'http://2130706433'])('loopback over plain http is allowed: %s', (baseUrl) => {
    expect(() => createChatSessionClient({ baseUrl, auth: { scheme: 'Bearer', token: 't' } })).not.toThrow();
  });
});

describe('the guard runs on every request actually sent', () => {
  test('client.raw with a per-call baseUrl over plain http to another host', () =>
    expectUsageError(() => clientFor('https://online.superoffice.com/Cust1', { fetch: recordingFetch }).raw.POST(PATH, { baseUrl: 'http://crm.example.com', body: sampleRequest }), /plain http:\/\/ to crm.example.com/));

  test('a middleware that moves the request to plain http', () => {
    const client = clientFor('https://online.superoffice.com/Cust1', { fetch: recordingFetch });
    client.raw.use({ onRequest: ({ request }) => new Request(request.url.replace('https://online.superoffice.com', 'http://evil.example.com'), request) });
    return expectUsageError(() => client.create(sampleRequest), /plain http:\/\/ to evil.example.com/);
  });

  test('client.raw with a per-call https baseUrl is sent, with credentials', async () => {
    await clientFor('https://online.superoffice.com/Cust1', { fetch: recordingFetch }).raw.POST(PATH, { baseUrl: 'https://other.superoffice.com/Cust2', body: sampleRequest });
    expect(sent).toEqual(['https://other.superoffice.com/Cust2/api/v1/ChatSession']);
  });
});
