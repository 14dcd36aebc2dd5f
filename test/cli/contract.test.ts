// `chatsession contract --upstream URL` (npm run contract) against loopback fake upstreams: one that
// honours the contract through the whole lifecycle, one that fails midway (the created session is
// still deleted; with --keep it is not), one that breaks the contract at create; usage errors.
// Dead and hostile servers: contract-hostile.test.ts and contract-check.test.ts.
import { runCli, type CliRun } from '../support/cli';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-server';
import { sampleRequest, sampleResponse } from '../support/samples';
import { LIBRARY_OPTION_NAMES } from './hostile';
import { CREATED_ID, LIFECYCLE_ROUTES, routesOf, tenant } from './lifecycle-server';

const step = (n: number, name: string, request: string) => `${n}/6 ${name}: ${request}\n  response: ${request.startsWith('DELETE') ? '204' : '200 (application/json; charset=utf-8)'}\n`;
const CONFORMING_STEPS =
  step(1, 'create', 'POST /api/v1/ChatSession') +
  step(2, 'get', `GET /api/v1/ChatSession/${CREATED_ID}`) +
  step(3, 'patch', `PATCH /api/v1/ChatSession/${CREATED_ID}`) +
  step(4, 'addMessage', `POST /api/v1/ChatSession/${CREATED_ID}/Messages`) +
  step(5, 'messages', `GET /api/v1/ChatSession/${CREATED_ID}/Messages`) +
  step(6, 'delete', `DELETE /api/v1/ChatSession/${CREATED_ID}`);

// The checks run at once (each loads Prism: about a second), started before the tests.
let good: LoopbackServer;
let failing: LoopbackServer;
let bad: LoopbackServer;
let cannotDelete: LoopbackServer;
let runs: Record<'conforming' | 'failsMidway' | 'keep' | 'cannotDelete' | 'breaking' | 'badRequest' | 'noTime', Promise<CliRun>>;
beforeAll(async () => {
  good = await startLoopbackServer(tenant());
  failing = await startLoopbackServer(tenant({ fail: ['patch'] }));
  cannotDelete = await startLoopbackServer(tenant({ fail: ['delete'] }));
  bad = await startLoopbackServer((_req, res) => {
    const { Rating: _missing, ...rest } = sampleResponse;
    res.writeHead(200, { 'content-type': 'text/plain' }); // wrong content type
    res.end(JSON.stringify({ ...rest, ChatSessionId: 'abc', WhenRequested: 'soon' })); // wrong types
  });
  const bearer = { SO_BEARER_TOKEN: 'bearer-7f3e9a1c' };
  runs = {
    conforming: runCli(['contract', '--upstream', `${good.url}/Cust1`], bearer),
    failsMidway: runCli(['contract', '--upstream', `${failing.url}/Cust1`], bearer),
    keep: runCli(['contract', '--upstream', `${failing.url}/Cust2`, '--keep'], bearer),
    cannotDelete: runCli(['contract', '--upstream', cannotDelete.url], bearer),
    breaking: runCli(['contract', '--upstream', bad.url], { SO_TICKET: 'ticket-7a8b9c0d' }),
    badRequest: runCli(['contract', '--upstream', `${good.url}/Cust2`, '--file', '-'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }, JSON.stringify({ ...sampleRequest, Status: 'Open' })),
    noTime: runCli(['contract', '--upstream', `${good.url}/Cust3`, '--timeout-ms', '1'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }),
  };
});
afterAll(async () => {
  await Promise.allSettled(Object.values(runs));
  await Promise.all([good.close(), failing.close(), cannotDelete.close(), bad.close()]);
});

test('a server that honours the contract: each step reported, the session deleted, "conforms", exit 0', async () => {
  const result = await runs.conforming;
  expect(result.stdout).toBe(
    `Contract check of the chat session lifecycle at ${good.url}/Cust1 against the spec\n${CONFORMING_STEPS}  deleted chat session ${CREATED_ID}, which this check created\nResult: conforms (6 steps)\n`,
  );
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const forwarded = good.requests.filter((r) => r.url.startsWith('/Cust1/'));
  expect(routesOf(forwarded, '/Cust1')).toEqual(LIFECYCLE_ROUTES);
  expect(forwarded.every((r) => r.headers.authorization === 'Bearer bearer-7f3e9a1c')).toBe(true);
  expect(JSON.parse(forwarded[0]!.body)).toEqual(sampleRequest);
}, 30000);

test('a server that fails midway: the failing step reported, the next ones not run, the created session still deleted; exit 1', async () => {
  const result = await runs.failsMidway;
  expect(result.code).toBe(1);
  expect(routesOf(failing.requests, '/Cust1')).toEqual([...LIFECYCLE_ROUTES.slice(0, 3), LIFECYCLE_ROUTES[5]]);
  expect(result.stdout).toContain(
    `3/6 patch: PATCH /api/v1/ChatSession/${CREATED_ID}\n  response: 500 (application/json; charset=utf-8)\n  ✗ the server answered 500 Internal Server Error: {"Error":"Object reference not set","ErrorType":"NullReferenceException"}\n` +
      '4/6 addMessage: not run (the patch step got no 2xx answer)\n5/6 messages: not run (the patch step got no 2xx answer)\n' +
      `6/6 delete: DELETE /api/v1/ChatSession/${CREATED_ID}\n  response: 204\n  deleted chat session ${CREATED_ID}, which this check created\n`,
  );
  expect(result.stdout).toMatch(/\nResult: does not conform \(patch: (\d+ violations?, )?status 500; 2 steps not run\)\n$/);
}, 30000);

test('--keep: the same failure leaves the session on the server, and says so', async () => {
  const result = await runs.keep;
  expect(result.code).toBe(1);
  expect(routesOf(failing.requests, '/Cust2')).toEqual(LIFECYCLE_ROUTES.slice(0, 3));
  expect(result.stdout).toContain(`6/6 delete: not run (--keep: chat session ${CREATED_ID}, which this check created, is still on the server)\n`);
}, 30000);

test('a server that will not delete: the report says the session may still be there, and how to delete it', async () => {
  const result = await runs.cannotDelete;
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(
    new RegExp(`\\n6/6 delete: DELETE /api/v1/ChatSession/${CREATED_ID}\\n {2}response: 500 .*\\n {2}✗ the server answered 500 Internal Server Error: .*\\n(.*\\n)*? {2}✗ chat session ${CREATED_ID}, which this check created, may still be on the server; delete it with: chatsession delete ${CREATED_ID} --base-url URL\\nResult: does not conform \\(delete: (\\d+ violations?, )?status 500\\)\\n$`),
  );
}, 30000);

test('a server that breaks it at create: every violation named, the steps that need an id not run, exit 1', async () => {
  const result = await runs.breaking;
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('✗ response: The received media type "text/plain" does not match');
  expect(result.stdout).toMatch(/✗ response\.body\.ChatSessionId: must be integer/);
  expect(result.stdout).toMatch(/✗ response\.body\.WhenRequested: must match pattern/);
  expect(result.stdout).toMatch(/note: the response omits 1 property of the spec .*: Rating/);
  expect(result.stdout).toContain('  ✗ the saved chat session has no ChatSessionId (a whole number from 1 to 2147483647): the next steps need one, and it cannot be deleted\n2/6 get: not run (no ChatSessionId)\n');
  expect(result.stdout).toContain('6/6 delete: not run (nothing to delete)\n');
  expect(result.stdout).toMatch(/Result: does not conform \(create: \d+ violations; create: no ChatSessionId; 4 steps not run\)\n$/);
  expect(bad.requests).toHaveLength(1);
}, 30000);

test('a request that breaks the contract (--file -) is reported; Prism 5.14\'s proxy engine still forwards it', async () => {
  const result = await runs.badRequest;
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/^1\/6 create: POST \/api\/v1\/ChatSession\n {2}response: 200 .*\n {2}✗ request\.body\.Status: .*allowed values/m);
  expect(routesOf(good.requests, '/Cust2')).toEqual(LIFECYCLE_ROUTES);
}, 30000);

test('--timeout-ms bounds the whole check, loading Prism included: nothing sent, said so, exit 1', async () => {
  const result = await runs.noTime;
  expect(result.stdout).toMatch(/^Contract check of the chat session lifecycle at http:\/\/127\.0\.0\.1:\d+\/Cust3 against the spec\n {2}✗ the time limit of 1 ms \(--timeout-ms\) passed while loading Prism; nothing was sent\nResult: not checked \(no response from the server\)\n$/);
  expect(result.code).toBe(1);
  expect(result.ms).toBeLessThan(1 + 10_000); // the bound plus the grace a loaded machine needs (see contract-hostile.test.ts)
  expect(good.requests.filter((r) => r.url.startsWith('/Cust3/'))).toHaveLength(0);
}, 30000);

test.each([
  ['no --upstream', [], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }, /^chatsession: usage error: contract needs --upstream URL \(the server to check\)\n$/],
  ['an --upstream that is not a URL', ['--upstream', 'notaurl'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }, /^chatsession: usage error: --upstream is not an absolute URL; use the tenant URL/],
  ['plain http to a remote host', ['--upstream', 'http://online.superoffice.com/Cust1'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }, /^chatsession: usage error: --upstream uses plain http:\/\/ to online\.superoffice\.com, .*pass --allow-insecure-http/],
  ['--timeout-ms 0', ['--upstream', 'https://online.superoffice.com/Cust1', '--timeout-ms', '0'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }, /^chatsession: usage error: --timeout-ms must be a positive whole number of milliseconds, got "0"\n$/],
  ['--timeout-ms abc', ['--upstream', 'https://online.superoffice.com/Cust1', '--timeout-ms', 'abc'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }, /^chatsession: usage error: --timeout-ms must be a positive whole number of milliseconds, got "abc"\n$/],
  ['no credentials', ['--upstream', 'https://online.superoffice.com/Cust1'], {}, /^chatsession: usage error: no credentials: set one kind of credentials in the environment/],
  ['an app token with a line break', ['--upstream', 'https://online.superoffice.com/Cust1'], { SO_BEARER_TOKEN: 'token-1a2b3c4d', SO_APP_TOKEN: 'app\nX-Evil: 1' }, /^chatsession: usage error: SO_APP_TOKEN \(the SO-AppToken header\) contains a control character/],
  ['an entity that is not an object', ['--upstream', 'https://online.superoffice.com/Cust1', '--file', '-'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }, /^chatsession: usage error: --file standard input: The entity must be a plain object such as \{ CustomerName: "Kris" \}, got an array\.\n$/],
] as [string, string[], Record<string, string>, RegExp][])('usage error, exit 2, nothing loaded or sent: %s', async (_name, args, env, stderr) => {
  const result = await runCli(['contract', ...args], env, '[1]');
  expect(result.stderr).toMatch(stderr);
  expect(result.stderr).not.toMatch(LIBRARY_OPTION_NAMES);
  expect(result).toMatchObject({ code: 2, stdout: '' });
  expect(result.ms).toBeLessThan(5000); // Prism (a second or more to load) was not started
});
