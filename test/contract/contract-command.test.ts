// `chatsession contract --upstream URL` (npm run contract) against two loopback fake upstreams:
// one that honours the contract and one that breaks it.
import path from 'node:path';
import { runCli } from '../support/cli';
import { json, useLoopbackServer } from '../support/loopback-server';
import { sampleRequest, sampleResponse } from '../support/samples';

const contract = (args: string[], env: Record<string, string>) => runCli(['contract', ...args], env);

const good = useLoopbackServer(json(200, sampleResponse));
const bad = useLoopbackServer((_req, res) => {
  const { Rating: _missing, ...rest } = sampleResponse;
  res.writeHead(200, { 'content-type': 'text/plain' }); // wrong content type
  res.end(JSON.stringify({ ...rest, ChatSessionId: 'abc', WhenRequested: 'soon' })); // wrong types
});

test('a server that honours the contract: "conforms", exit 0; the request went through with the credentials', async () => {
  const result = await contract(['--upstream', `${good.url}/Cust1`], { SO_BEARER_TOKEN: 'contract-token' });
  expect(result.stdout).toMatch(/^Contract check of POST http:\/\/127\.0\.0\.1:\d+\/Cust1\/api\/v1\/ChatSession against the spec\n {2}response: 200 \(application\/json; charset=utf-8\)\nResult: conforms\n$/);
  expect(result.code).toBe(0);
  const forwarded = good.requests.at(-1)!;
  expect(forwarded.url).toBe('/Cust1/api/v1/ChatSession');
  expect(forwarded.headers.authorization).toBe('Bearer contract-token');
  expect(JSON.parse(forwarded.body)).toEqual(sampleRequest);
}, 30000);

test('a server that breaks it: every violation named, exit 1', async () => {
  const result = await contract(['--upstream', bad.url], { SO_TICKET: 'T' });
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('✗ response: The received media type "text/plain" does not match');
  expect(result.stdout).toMatch(/✗ response\.body\.ChatSessionId: must be integer/);
  expect(result.stdout).toMatch(/✗ response\.body\.WhenRequested: must match pattern/);
  expect(result.stdout).toMatch(/note: the response omits 1 property of the spec .*: Rating/);
  expect(result.stdout).toMatch(/Result: does not conform \(\d+ violations\)/);
}, 30000);

test('a request that breaks the contract is reported (Prism 5.14\'s proxy still forwards it)', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'contract-')), 'entity.json');
  fs.writeFileSync(file, JSON.stringify({ ...sampleRequest, Status: 'Open' }));
  const before = good.requests.length;
  const result = await contract(['--upstream', good.url, '--file', file], { SO_BEARER_TOKEN: 't' });
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/✗ request\.body\.Status: .*allowed values/);
  expect(good.requests.length).toBe(before + 1);
}, 30000);

test('no --upstream is a usage error', async () => {
  const result = await contract([], { SO_BEARER_TOKEN: 't' });
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/usage error: contract needs --upstream URL/);
});
