// listPages and topicSessionPages: the pages of an archive list as an async iterator, following the
// server's odata.nextLink only to the list's own URL (it carries the credentials), for at most
// maxPages pages.
import { ChatSessionResponseError, ChatSessionUsageError, type ChatSessionClient } from '../../src/index';
import { rejectionOf } from '../support/assertions';
import { clientFor, TEST_TOKEN } from '../support/client';
import { json, useLoopbackServer, type Handler } from '../support/loopback-server';

const server = useLoopbackServer();
/** Another origin: must never be asked anything. */
const other = useLoopbackServer(json(200, { value: [] }));
const client = () => clientFor(server);

/** Answers page n (from `$skip`) with rows and the link `next(n)` gives, if any. */
const paged = (next: (page: number) => string | undefined): Handler => (req, res) => {
  const page = Number(new URL(req.url, 'http://x').searchParams.get('$skip') ?? 0) / 2;
  const link = next(page);
  json(200, { value: [{ PrimaryKey: page * 2 + 1 }, { PrimaryKey: page * 2 + 2 }], ...(link === undefined ? {} : { 'odata.nextLink': link }) })(req, res);
};

async function collect(pages: AsyncIterable<{ value?: unknown[] }>): Promise<unknown[][]> {
  const seen: unknown[][] = [];
  for await (const page of pages) seen.push(page.value ?? []);
  return seen;
}

test('follows absolute and relative links under the list URL until there is none', async () => {
  server.handle(paged((page) => (page === 0 ? `${server.url}/api/v1/ChatSession?$top=2&$skip=2` : page === 1 ? 'ChatSession?$top=2&$skip=4' : undefined)));
  const pages = await collect(client().listPages({ $top: 2, select: ['name'], maxPages: 10 }));
  expect(pages).toEqual([[{ PrimaryKey: 1 }, { PrimaryKey: 2 }], [{ PrimaryKey: 3 }, { PrimaryKey: 4 }], [{ PrimaryKey: 5 }, { PrimaryKey: 6 }]]);
  // The first request from the options; the next ones exactly as the links say (their own $select, if any, not the options').
  expect(server.requests.map((r) => r.url)).toEqual(['/api/v1/ChatSession?$top=2&$select=name', '/api/v1/ChatSession?$top=2&$skip=2', '/api/v1/ChatSession?$top=2&$skip=4']);
  expect(server.requests.every((r) => r.headers.authorization === `Bearer ${TEST_TOKEN}`)).toBe(true);
});

test('stops at maxPages even when the server links on forever', async () => {
  server.handle(paged((page) => `/api/v1/ChatSession?$skip=${(page + 1) * 2}`));
  expect(await collect(client().listPages({ maxPages: 3 }))).toHaveLength(3);
  expect(server.requests).toHaveLength(3);
});

test('a link in another letter case is the same list', async () => {
  server.handle(paged((page) => (page === 0 ? '/API/V1/chatsession?$skip=2' : undefined)));
  expect(await collect(client().listPages({ maxPages: 5 }))).toHaveLength(2);
});

test('topicSessionPages walks the topic\'s list', async () => {
  server.handle(paged((page) => (page === 0 ? `${server.url}/api/v1/ChatTopic/604/Sessions?$skip=2` : undefined)));
  expect(await collect(client().topicSessionPages(604, { maxPages: 5, $mode: 'Slim' }))).toHaveLength(2);
  expect(server.requests.map((r) => r.url)).toEqual(['/api/v1/ChatTopic/604/Sessions?$mode=Slim', '/api/v1/ChatTopic/604/Sessions?$skip=2']);
});

describe('a link elsewhere is not followed: ChatSessionResponseError after the first page, nothing sent there', () => {
  test.each<[string, (s: string, o: string) => string]>([
    ['another origin', (_s, o) => `${o}/api/v1/ChatSession?$skip=2`],
    ['another scheme', (s) => `${s.replace('http:', 'https:')}/api/v1/ChatSession?$skip=2`],
    ['another path on the same origin', (s) => `${s}/api/v1/Contact?$skip=2`],
    ['a dot segment out of the list', (s) => `${s}/api/v1/ChatSession/../Contact?$skip=2`],
    ['a percent-encoded dot segment', (s) => `${s}/api/v1/ChatSession/%2e%2e/Contact`],
    ['credentials in the link', (s) => s.replace('http://', 'http://user:pw@') + '/api/v1/ChatSession?$skip=2'],
    ['a protocol-relative link', (_s, o) => `${o.replace('http:', '')}/api/v1/ChatSession`],
    ['javascript:', () => 'javascript:alert(1)'],
    ['a link that is not a string', () => 42 as unknown as string],
  ])('%s', async (_name, link) => {
    server.handle(json(200, { value: [{ PrimaryKey: 1 }], 'odata.nextLink': link(server.url, other.url) }));
    const iterator = client().listPages({ maxPages: 5 });
    await expect(iterator.next()).resolves.toMatchObject({ done: false, value: { value: [{ PrimaryKey: 1 }] } });
    const error = await rejectionOf(iterator.next());
    expect(error).toBeInstanceOf(ChatSessionResponseError);
    expect((error as Error).message).toMatch(/odata\.nextLink does not point to http:\/\/127\.0\.0\.1:\d+\/api\/v1\/ChatSession .*not followed/);
    expect(server.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
  });
});

test.each([[undefined], [0], [1.5], [10_001], ['3']])('maxPages %p: ChatSessionUsageError, nothing sent', async (maxPages) => {
  const error = await rejectionOf((client() as ChatSessionClient).listPages({ maxPages } as never).next());
  expect(error).toBeInstanceOf(ChatSessionUsageError);
  expect((error as Error).message).toMatch(/^listPages needs maxPages, an integer from 1 to 10000/);
  expect(server.requests).toHaveLength(0);
});
