// client.raw keeps openapi-fetch's documented contract: middleware may read, replace or answer a
// request, every RequestInit field reaches fetch, and create() on the same client keeps working.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../src/index';
import { clientFor, TEST_TOKEN } from '../support/client';
import { json, useLoopbackServer } from '../support/loopback-server';
import { sampleRequest, sampleResponse } from '../support/samples';

const server = useLoopbackServer(json(200, sampleResponse));
const PATH = '/api/v1/ChatSession';

afterEach(() => jest.restoreAllMocks());

test('a middleware that returns a new Request: the call uses it, with credentials, and create() still works', async () => {
  const client = clientFor(server);
  client.raw.use({
    onRequest({ request }) {
      const headers = new Headers(request.headers);
      headers.set('X-Added', 'by-middleware');
      return new Request(request, { headers });
    },
  });
  const { data } = await client.raw.POST(PATH, { body: sampleRequest });
  expect(data).toEqual(sampleResponse);
  await expect(client.create(sampleRequest)).resolves.toEqual(sampleResponse);
  for (const received of server.requests) {
    expect(received.headers).toMatchObject({ 'x-added': 'by-middleware', authorization: `Bearer ${TEST_TOKEN}` });
    expect(JSON.parse(received.body)).toEqual(sampleRequest);
  }
  expect(server.requests).toHaveLength(2);
});

test('a middleware may read the body and send a changed one', async () => {
  const client = clientFor(server);
  client.raw.use({
    async onRequest({ request }) {
      const entity = await request.clone().json();
      return new Request(request, { body: JSON.stringify({ ...entity, CustomerName: 'Changed' }) });
    },
  });
  await client.create(sampleRequest);
  expect(JSON.parse(server.requests[0]!.body)).toEqual({ ...sampleRequest, CustomerName: 'Changed' });
});

test('middleware sees what openapi-fetch documents, for raw calls and create() alike', async () => {
  const seen: unknown[] = [];
  const client = clientFor(server);
  client.raw.use({
    onRequest: ({ request, schemaPath, options, id }) => void seen.push({ isRequest: request instanceof Request, method: request.method, url: request.url, schemaPath, baseUrl: options.baseUrl, id: typeof id }),
    onResponse: ({ response }) => void seen.push({ status: response.status }),
  });
  await client.raw.POST(PATH, { body: sampleRequest });
  await client.create(sampleRequest);
  const request = { isRequest: true, method: 'POST', url: `${server.url}${PATH}`, schemaPath: PATH, baseUrl: server.url, id: 'string' };
  expect(seen).toEqual([request, { status: 200 }, request, { status: 200 }]);
});

test('a middleware that answers itself: nothing is sent, and create() resolves with its answer', async () => {
  const client = clientFor(server);
  const answer = { ...sampleResponse, CustomerName: 'from the middleware' };
  client.raw.use({ onRequest: () => Response.json(answer) });
  await expect(client.create(sampleRequest)).resolves.toEqual(answer);
  expect(server.requests).toHaveLength(0);
});

test('eject: the middleware is no longer called', async () => {
  const calls: string[] = [];
  const client = clientFor(server);
  const middleware: Middleware = { onRequest: () => void calls.push('called') };
  client.raw.use(middleware);
  await client.create(sampleRequest);
  client.raw.eject(middleware);
  await client.create(sampleRequest);
  expect(calls).toEqual(['called']);
});

describe('every RequestInit field a caller passes reaches fetch, as with bare openapi-fetch', () => {
  const init = { cache: 'no-store', keepalive: true, referrerPolicy: 'no-referrer', integrity: 'sha256-AAAA', mode: 'same-origin', credentials: 'omit' } as const;
  const fieldsOf = (request: Request) => Object.fromEntries(Object.keys(init).map((key) => [key, request[key as keyof typeof init]]));
  const capture = (into: Request[]) => async (request: Request) => {
    into.push(request);
    return Response.json(sampleResponse);
  };

  test('with the client option fetch', async () => {
    const bare: Request[] = [];
    const ours: Request[] = [];
    await createClient<paths>({ baseUrl: server.url, fetch: capture(bare) }).POST(PATH, { body: sampleRequest, ...init });
    await clientFor(server, { fetch: capture(ours) }).raw.POST(PATH, { body: sampleRequest, ...init });
    expect(fieldsOf(ours[0]!)).toEqual(init);
    expect(fieldsOf(ours[0]!)).toEqual(fieldsOf(bare[0]!));
    expect(ours[0]!.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`);
  });

  test('with a per-call fetch, which runs underneath the client (credentials and time limit still apply)', async () => {
    const ours: Request[] = [];
    await clientFor(server).raw.POST(PATH, { body: sampleRequest, ...init, fetch: capture(ours) });
    expect(fieldsOf(ours[0]!)).toEqual(init);
    expect(ours[0]!.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`);
    expect(ours[0]!.signal.aborted).toBe(false);
  });

  test('with the global fetch', async () => {
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async () => Response.json(sampleResponse));
    await clientFor(server).raw.POST(PATH, { body: sampleRequest, ...init });
    // What the global fetch builds from its arguments is what it sends.
    const [input, fetchInit] = spy.mock.calls[0]!;
    expect(fieldsOf(new Request(input as Request, fetchInit))).toEqual(init);
  });
});
