// The operations other than create load on first use (src/lazy-operations.ts, a chunk of its own in
// the build): the first call of one of their methods waits for it and then behaves as every later
// call does (its usage errors still before anything is sent), a load that fails rejects that call
// with an error that says so and the next call loads again, a file that never arrives ends the wait
// at timeoutMs, and a page that only creates never loads it. Each test starts from a fresh module registry, so the load really is the first.
import type * as Index from '../../src/index';
import { TEST_TOKEN } from '../support/client';
import { json, useLoopbackServer } from '../support/loopback-server';

const server = useLoopbackServer(json(200, { ChatSessionId: 196 }));
const LAZY = '../../src/lazy-operations';

/** How often the lazy module was asked for, and whether the next request for it fails. */
let loads = 0;
let failNext = false;

/** How long the next load of the lazy module takes (a busy wait: in jest, import() is a require, which no timer can delay). */
let slowNextMs = 0;

/** The package from a fresh module registry, its lazy operations counted (and failed when `failNext`). */
function freshPackage(): typeof Index {
  jest.resetModules();
  loads = 0;
  jest.doMock(LAZY, () => {
    loads += 1;
    for (const until = performance.now() + slowNextMs; performance.now() < until;);
    slowNextMs = 0;
    if (failNext) {
      failNext = false;
      throw new Error('Failed to fetch dynamically imported module: https://cdn.example/lazy-operations-AB12CD34.js');
    }
    return jest.requireActual(LAZY);
  });
  return require('../../src/index') as typeof Index;
}

const clientOf = (pkg: typeof Index, overrides: Partial<Index.ChatSessionClientOptions> = {}) =>
  pkg.createChatSessionClient({ baseUrl: server.url, auth: { scheme: 'Bearer', token: TEST_TOKEN }, ...overrides });

afterEach(() => {
  jest.dontMock(LAZY);
  failNext = false;
  slowNextMs = 0;
});

test('create never loads the other operations; the first get does, and works as any later call does', async () => {
  const client = clientOf(freshPackage());
  await client.create({ CustomerName: 'Kris' });
  expect(loads).toBe(0);
  expect(typeof client.get).toBe('function'); // every method exists before its operation has loaded
  await expect(client.get(196)).resolves.toEqual({ ChatSessionId: 196 });
  expect(loads).toBe(1);
  await expect(client.get(197)).resolves.toEqual({ ChatSessionId: 196 });
  expect(loads).toBe(1); // loaded once, shared by every later call and method
  expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/v1/ChatSession', 'GET /api/v1/ChatSession/196', 'GET /api/v1/ChatSession/197']);
});

type Client = Index.ChatSessionClient;
/** The first step of a pages method's walk (an async generator runs nothing until asked for a page). */
const firstPage = (pages: AsyncIterableIterator<unknown>) => pages.next();

// Every lazy method (operations.ts LAZY_OPERATIONS, and the pages methods), each wrong in its own way:
// a path parameter, a body, an option the pipeline checks, or one the lazily loaded checks judge.
test.each([
  ['get', (c: Client) => c.get('196' as never), /^get: id must be a positive 32-bit integer/],
  ['getDefault', (c: Client) => c.getDefault({ select: ['CustomerName'] } as never), /^getDefault takes no select option/],
  ['update', (c: Client) => c.update(196, [] as never), /^The entity must be a plain object/],
  ['patch', (c: Client) => c.patch(196, 'x' as never), /^The patch must be a JSON Patch array/],
  ['patch (a path the lazy checks refuse)', (c: Client) => c.patch(196, [{ op: 'add', path: '/Nope', value: 1 }]), /^patch: the path "\/Nope" is not a property/],
  ['delete', (c: Client) => c.delete(-1 as never), /^delete: id must be a positive 32-bit integer/],
  ['list', (c: Client) => c.list(5 as never), /^list options must be an object/],
  ['forCurrentUser', (c: Client) => c.forCurrentUser({ retry: 'x' } as never), /retry/],
  ['messages', (c: Client) => c.messages(196, { after: 'x' } as never), /after/],
  ['addMessage', (c: Client) => c.addMessage(196, [] as never), /^The message must be a plain object/],
  ['transcript', (c: Client) => c.transcript(196, { html: 'yes' } as never), /html/],
  ['pickUp', (c: Client) => c.pickUp(1.5 as never), /^pickUp: chatSessionId must be a positive 32-bit integer/],
  ['pickUpFirst', (c: Client) => c.pickUpFirst({ retry: { retries: 1 } } as never), /^pickUpFirst cannot be retried/],
  ['reset', (c: Client) => c.reset(2 ** 31), /^reset: chatSessionId must be a positive 32-bit integer \(1 to 2147483647\), got 2147483648/],
  ['transfer', (c: Client) => c.transfer(196, '..'), /^transfer: toAssociate must be a user's name/],
  ['acceptTransfer', (c: Client) => c.acceptTransfer(Number.NaN), /^acceptTransfer: chatSessionId must be a positive 32-bit integer/],
  ['rejectTransfer', (c: Client) => c.rejectTransfer('1' as never), /^rejectTransfer: chatSessionId must be a positive 32-bit integer/],
  ['createForTopic', (c: Client) => c.createForTopic(196, { signal: 'x' } as never), /^signal must be an AbortSignal/],
  ['topicSessions', (c: Client) => c.topicSessions(0), /^topicSessions: chatTopicId must be a positive 32-bit integer/],
  ['listPages (maxPages 0)', (c: Client) => firstPage(c.listPages({ maxPages: 0 })), /maxPages/],
  ['listPages (no maxPages)', (c: Client) => firstPage(c.listPages(undefined as never)), /maxPages/],
  ['topicSessionPages (maxPages beyond 10 000)', (c: Client) => firstPage(c.topicSessionPages(196, { maxPages: 10_001 })), /maxPages/],
  ['topicSessionPages (a wrong id)', (c: Client) => firstPage(c.topicSessionPages(-5, { maxPages: 1 })), /^topicSessionPages: chatTopicId must be a positive 32-bit integer/],
  ['listPages (a wrong select)', (c: Client) => firstPage(c.listPages({ maxPages: 1, select: [] })), /^listPages: select must be/],
])('on the first call of %s, its usage error still comes before anything is sent', async (_name, call, message) => {
  const pkg = freshPackage();
  const error = await call(clientOf(pkg)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(pkg.ChatSessionUsageError); // the main bundle's class: the lazy module throws none of its own
  expect((error as Error).message).toMatch(message);
  expect(loads).toBe(1);
  expect(server.requests).toHaveLength(0);
});

test('100 first calls at once (methods and client.raw mixed) load the operations once, and each is sent', async () => {
  const pkg = freshPackage();
  const client = clientOf(pkg);
  const calls = Array.from({ length: 100 }, (_, i) =>
    i % 3 === 0 ? client.get(i + 1) : i % 3 === 1 ? client.delete(i + 1).then(() => ({ ChatSessionId: 196 })) : client.raw.GET('/api/v1/ChatSession/{id}', { params: { path: { id: i + 1 } } }).then((r) => r.data),
  );
  server.handle((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ChatSessionId":196}');
  });
  expect(await Promise.all(calls)).toEqual(Array(100).fill({ ChatSessionId: 196 }));
  expect(loads).toBe(1);
  expect(server.requests).toHaveLength(100);
});

test('a signal already aborted on the first call: rejects with its reason once loaded, nothing sent; the next call works', async () => {
  const pkg = freshPackage();
  const client = clientOf(pkg);
  const reason = new Error('caller gave up');
  const controller = new AbortController();
  controller.abort(reason);
  await expect(client.get(196, { signal: controller.signal })).rejects.toBe(reason);
  await expect(firstPage(client.listPages({ maxPages: 1, signal: controller.signal }))).rejects.toBe(reason);
  expect(server.requests).toHaveLength(0);
  await expect(client.get(196)).resolves.toEqual({ ChatSessionId: 196 });
  expect(loads).toBe(1);
});

test('the first call of listPages loads the operations and walks the pages', async () => {
  const pkg = freshPackage();
  const pages = [];
  for await (const page of clientOf(pkg).listPages({ maxPages: 2 })) pages.push(page);
  expect(pages).toEqual([{ ChatSessionId: 196 }]);
  expect(loads).toBe(1);
});

test('a load that fails rejects that call with an error saying so, sends nothing, and the next call loads again', async () => {
  const pkg = freshPackage();
  const client = clientOf(pkg);
  failNext = true;
  const error = await client.get(196).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(pkg.ChatSessionError);
  expect((error as Error).message).toBe(
    'Could not load the operations other than create (a file of superoffice-chatsession loaded on first use): Failed to fetch dynamically imported module: https://cdn.example/lazy-operations-AB12CD34.js. A later call loads it again.',
  );
  expect(((error as Error).cause as Error).message).toMatch(/^Failed to fetch dynamically imported module/);
  expect(server.requests).toHaveLength(0);
  // The pages methods and client.raw need the table too: they say the same; create does not need it.
  failNext = true;
  const pagesError = await clientOf(pkg).listPages({ maxPages: 1 }).next().catch((e: unknown) => e);
  expect((pagesError as Error).message).toMatch(/^Could not load the operations other than create/);
  failNext = true;
  await expect(client.raw.GET('/api/v1/ChatSession/{id}', { params: { path: { id: 196 } } })).rejects.toThrow(/^Could not load the operations other than create/);
  await expect(client.create({})).resolves.toEqual({ ChatSessionId: 196 });
  await expect(client.get(196)).resolves.toEqual({ ChatSessionId: 196 });
  expect(loads).toBe(4);
  expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/v1/ChatSession', 'GET /api/v1/ChatSession/196']);
});

test("client.raw reports a slow call with the operation's id, loading the table on its first call", async () => {
  const pkg = freshPackage();
  const slow: string[] = [];
  server.handle((req, res) => void setTimeout(() => json(200, {})(req, res), 20));
  const client = clientOf(pkg, { slowCallThresholdMs: 5, onSlowCall: (info) => void slow.push(info.operation) });
  await client.raw.GET('/api/v1/ChatSession/{id}', { params: { path: { id: 196 } } });
  await client.raw.POST('/api/v1/ChatSession', { body: {} });
  expect(slow).toEqual(['GetChatSessionEntity', 'PostChatSessionEntity']);
  expect(loads).toBe(1);
});

test('a file that never arrives cannot hang a call: the wait ends at timeoutMs with ChatSessionTimeoutError', async () => {
  // utils/lazy.ts directly: in jest import() is a require, which cannot stall as a browser's chunk request can.
  const { lazy } = require('../../src/utils/lazy') as typeof import('../../src/utils/lazy');
  const { ChatSessionTimeoutError } = require('../../src/errors/timeout-error') as typeof import('../../src/errors/timeout-error');
  let arrive: (m: { callOf: () => string }) => void = () => undefined;
  const load = lazy(() => new Promise<{ callOf: () => string }>((resolve) => (arrive = resolve)), 'callOf', 'the operations other than create');
  const started = Date.now();
  const error = await load(50, performance.now()).catch((e: unknown) => e);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(error).toBeInstanceOf(ChatSessionTimeoutError);
  expect(error).toMatchObject({ timeoutMs: 50, message: 'Loading the operations other than create (a file of superoffice-chatsession loaded on first use) took longer than timeoutMs (50 ms).' });
  // When it does arrive, the next use has it.
  arrive({ callOf: () => 'loaded' });
  expect((await load(50, performance.now())).callOf()).toBe('loaded');
});

test('a first use whose time limit (1 ms) ends before the file arrives does not poison later uses: they share the same load, not a new one', async () => {
  const { lazy } = require('../../src/utils/lazy') as typeof import('../../src/utils/lazy');
  const { ChatSessionTimeoutError } = require('../../src/errors/timeout-error') as typeof import('../../src/errors/timeout-error');
  let requested = 0;
  const load = lazy(() => {
    requested += 1;
    return new Promise<{ callOf: () => string }>((resolve) => setTimeout(() => resolve({ callOf: () => 'loaded' }), 30));
  }, 'callOf', 'the operations other than create');
  await expect(load(1, performance.now())).rejects.toBeInstanceOf(ChatSessionTimeoutError);
  await expect(load(1, performance.now())).rejects.toBeInstanceOf(ChatSessionTimeoutError);
  expect((await load(5000, performance.now())).callOf()).toBe('loaded');
  expect((await load(1, performance.now())).callOf()).toBe('loaded'); // once loaded, no time limit applies
  expect(requested).toBe(1);
});

test.each([
  ['get', (c: Client) => c.get(196)],
  ['listPages', (c: Client) => firstPage(c.listPages({ maxPages: 1 }))],
  ['client.raw', (c: Client) => c.raw.GET('/api/v1/ChatSession/{id}', { params: { path: { id: 196 } } })],
])('timeoutMs covers the first call of %s whole: loading the operations and the request share it', async (_name, call) => {
  // The load takes 300 ms of a 400 ms limit; the server answers after 250 ms: within the limit were each given its own.
  const pkg = freshPackage();
  server.handle((req, res) => void setTimeout(() => json(200, { ChatSessionId: 196 })(req, res), 250));
  slowNextMs = 300;
  const error = await call(clientOf(pkg, { timeoutMs: 400 })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(pkg.ChatSessionTimeoutError);
  expect((error as Error).message).toMatch(/400 ms/);
  expect(loads).toBe(1);
});
