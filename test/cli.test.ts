// The `chatsession` CLI end to end (the built dist/cli.js): exit codes, stdout JSON, stderr lines.
import { execFile } from 'node:child_process';
import { CLEAN_ENV, runCli } from './support/cli';
import { json, unusedPort, useLoopbackServer } from './support/loopback-server';
import { ROOT } from './support/reference';
import { sampleRequest, sampleResponse } from './support/samples';

const run = runCli;
const server = useLoopbackServer(json(200, sampleResponse));

test('create --sample with no base URL runs against the embedded Prism mock and prints the entity', async () => {
  const result = await run(['create', '--sample']);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual(sampleResponse);
  expect(result.stderr).toMatch(/embedded Prism mock at http:\/\/127\.0\.0\.1:\d+/);
}, 30000);

test('create --file - sends stdin with credentials from the environment, and prints the result', async () => {
  const result = await run(['create', '--file', '-', '--select', 'CustomerName,User/AssociateId', '--language', 'en', '--time-zone', 'UTC'], { SO_BASE_URL: `${server.url}/Cust1`, SO_BEARER_TOKEN: 'cli-token', SO_APP_TOKEN: 'cli-app' }, JSON.stringify(sampleRequest));
  expect(result).toMatchObject({ code: 0, stderr: '' });
  expect(JSON.parse(result.stdout)).toEqual(sampleResponse);
  const req = server.requests[0]!;
  expect(req.url).toBe('/Cust1/api/v1/ChatSession?$select=CustomerName,User/AssociateId');
  expect(req.headers).toMatchObject({ authorization: 'Bearer cli-token', 'so-apptoken': 'cli-app', 'so-language': 'en', 'so-timezone': 'UTC' });
  expect(JSON.parse(req.body)).toEqual(sampleRequest);
});

test('Basic credentials from SO_USERNAME/SO_PASSWORD', async () => {
  const result = await run(['create', '--sample', '--base-url', server.url], { SO_USERNAME: 'tje0', SO_PASSWORD: 'Tje0' });
  expect(result.code).toBe(0);
  expect(server.requests[0]!.headers.authorization).toBe('Basic dGplMDpUamUw');
});

test('an API error: exit 1, one clear line on stderr, no secret', async () => {
  server.handle(json(403, { Error: 'no chat access' }));
  const result = await run(['create', '--sample'], { SO_BASE_URL: server.url, SO_TICKET: 'cli-SECRET-ticket' });
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^chatsession: POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/ChatSession failed: 403 Forbidden/);
  expect(result.stderr).not.toContain('cli-SECRET-ticket');
});

test('a network error: exit 1', async () => {
  const port = await unusedPort();
  const result = await run(['create', '--sample', '--timeout-ms', '2000'], { SO_BASE_URL: `http://127.0.0.1:${port}`, SO_BEARER_TOKEN: 't' });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`^chatsession: POST http://127\\.0\\.0\\.1:${port}/api/v1/ChatSession failed before a complete response arrived: fetch failed \\(ECONNREFUSED\\)`));
});

test.each([
  ['no command', [], {}, /Usage: chatsession/],
  ['an unknown command', ['delete'], {}, /usage error: unknown command "delete"/],
  ['an unknown flag', ['create', '--sample', '--password', 'x'], {}, /usage error: .*--password/],
  ['no entity', ['create'], {}, /usage error: give the entity to save with --file/],
  ['a missing file', ['create', '--file', '/nonexistent.json'], {}, /usage error: cannot read \/nonexistent.json: ENOENT/],
  ['a file that is not JSON', ['create', '--file', '-'], {}, /usage error: standard input is not JSON/],
  ['a base URL without credentials', ['create', '--sample', '--base-url', 'https://online.superoffice.com/Cust1'], {}, /usage error: no credentials/],
  ['two kinds of credentials', ['create', '--sample'], { SO_BEARER_TOKEN: 'a', SO_TICKET: 'b' }, /usage error: set only one kind of credentials; found SoTicket and Bearer/],
  ['an unknown select path', ['create', '--sample', '--select', 'Nope'], {}, /usage error: select: "Nope" is not a property/],
  ['plain http to a remote host', ['create', '--sample', '--base-url', 'http://online.superoffice.com/Cust1'], { SO_BEARER_TOKEN: 't' }, /usage error: baseUrl uses plain http:\/\//],
] as [string, string[], Record<string, string>, RegExp][])('usage error, exit 2: %s', async (_name, args, env, stderr) => {
  const result = await run(args, env, 'not json');
  expect(result.code).toBe(2);
  expect(result.stdout + result.stderr).toMatch(stderr);
});

test('--help documents the commands, options, environment and exit codes', async () => {
  const result = await run(['--help']);
  expect(result.code).toBe(0);
  for (const text of ['create', 'mock', 'contract', '--file', '--select', '--base-url', 'SO_BASE_URL', 'SO_USERNAME', 'SO_PASSWORD', 'SO_TICKET', 'SO_BEARER_TOKEN', 'SO_XSRF_TOKEN', 'SO_APP_TOKEN', 'Exit codes']) {
    expect(result.stdout).toContain(text);
  }
});

test('npm start creates the sample chat session against the embedded mock', async () => {
  const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile('npm', ['start', '--silent'], { cwd: ROOT, env: CLEAN_ENV }, (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }));
  });
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual(sampleResponse);
}, 60000);
