// `chatsession contract --upstream URL` (npm run contract) against two loopback fake upstreams:
// one that honours the contract and one that breaks it; usage errors. Dead and hostile servers:
// contract-hostile.test.ts and contract-check.test.ts.
import { runCli, type CliRun } from '../support/cli';
import { json, startLoopbackServer, type LoopbackServer } from '../support/loopback-server';
import { sampleRequest, sampleResponse } from '../support/samples';
import { LIBRARY_OPTION_NAMES } from './hostile';

// The three checks run at once (each loads Prism: about a second), started before the tests.
let good: LoopbackServer;
let bad: LoopbackServer;
let runs: Record<'conforming' | 'breaking' | 'badRequest' | 'noTime', Promise<CliRun>>;
beforeAll(async () => {
  good = await startLoopbackServer(json(200, sampleResponse));
  bad = await startLoopbackServer((_req, res) => {
    const { Rating: _missing, ...rest } = sampleResponse;
    res.writeHead(200, { 'content-type': 'text/plain' }); // wrong content type
    res.end(JSON.stringify({ ...rest, ChatSessionId: 'abc', WhenRequested: 'soon' })); // wrong types
  });
  runs = {
    conforming: runCli(['contract', '--upstream', `${good.url}/Cust1`], { SO_BEARER_TOKEN: 'bearer-7f3e9a1c' }),
    breaking: runCli(['contract', '--upstream', bad.url], { SO_TICKET: 'ticket-7a8b9c0d' }),
    badRequest: runCli(['contract', '--upstream', `${good.url}/Cust2`, '--file', '-'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }, JSON.stringify({ ...sampleRequest, Status: 'Open' })),
    noTime: runCli(['contract', '--upstream', `${good.url}/Cust3`, '--timeout-ms', '1'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' }),
  };
});
afterAll(async () => {
  await Promise.allSettled(Object.values(runs));
  await Promise.all([good.close(), bad.close()]);
});

test('a server that honours the contract: "conforms", exit 0; the request went through with the credentials', async () => {
  const result = await runs.conforming;
  expect(result.stdout).toMatch(/^Contract check of POST http:\/\/127\.0\.0\.1:\d+\/Cust1\/api\/v1\/ChatSession against the spec\n {2}response: 200 \(application\/json; charset=utf-8\)\nResult: conforms\n$/);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const forwarded = good.requests.filter((r) => r.url.startsWith('/Cust1/'));
  expect(forwarded).toHaveLength(1);
  expect(forwarded[0]!.url).toBe('/Cust1/api/v1/ChatSession');
  expect(forwarded[0]!.headers.authorization).toBe('Bearer bearer-7f3e9a1c');
  expect(JSON.parse(forwarded[0]!.body)).toEqual(sampleRequest);
}, 30000);

test('a server that breaks it: every violation named, exit 1', async () => {
  const result = await runs.breaking;
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('✗ response: The received media type "text/plain" does not match');
  expect(result.stdout).toMatch(/✗ response\.body\.ChatSessionId: must be integer/);
  expect(result.stdout).toMatch(/✗ response\.body\.WhenRequested: must match pattern/);
  expect(result.stdout).toMatch(/note: the response omits 1 property of the spec .*: Rating/);
  expect(result.stdout).toMatch(/Result: does not conform \(\d+ violations\)\n$/);
}, 30000);

test('a request that breaks the contract (--file -) is reported; Prism 5.14\'s proxy engine still forwards it', async () => {
  const result = await runs.badRequest;
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/✗ request\.body\.Status: .*allowed values/);
  expect(good.requests.filter((r) => r.url.startsWith('/Cust2/'))).toHaveLength(1);
}, 30000);

test('--timeout-ms bounds the whole check, loading Prism included: nothing sent, said so, exit 1', async () => {
  const result = await runs.noTime;
  expect(result.stdout).toMatch(/^Contract check of POST http:\/\/127\.0\.0\.1:\d+\/Cust3\/api\/v1\/ChatSession against the spec\n {2}✗ the time limit of 1 ms \(--timeout-ms\) passed while loading Prism; nothing was sent\nResult: not checked \(no response from the server\)\n$/);
  expect(result.code).toBe(1);
  expect(result.ms).toBeLessThan(1 + 4000);
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
