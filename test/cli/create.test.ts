// `chatsession create` (and the CLI's help) end to end (the built dist/cli.js): exit codes, stdout JSON, stderr lines.
import path from 'node:path';
import { buildSync } from 'esbuild';
import { runCli } from '../support/cli';
import { json, unusedPort, useLoopbackServer } from '../support/loopback-server';
import { ROOT } from '../support/reference';
import { sampleRequest, sampleResponse } from '../support/samples';
import { echoingServer, expectNoSecretIn, LIBRARY_OPTION_NAMES, SECRETS } from './hostile';

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

test('an API error: exit 1, one line on stderr with the status and what the server said', async () => {
  server.handle(json(403, { Error: 'no chat access' }));
  const result = await run(['create', '--sample'], { SO_BASE_URL: server.url, SO_TICKET: 'cli-SECRET-ticket' });
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^chatsession: POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/ChatSession failed: 403 Forbidden — the server says: \{"Error":"no chat access"\}\n$/);
  expect(result.stderr).not.toContain('cli-SECRET-ticket');
});

test.each([
  ['Bearer', 500, { SO_BEARER_TOKEN: SECRETS.SO_BEARER_TOKEN, SO_APP_TOKEN: SECRETS.SO_APP_TOKEN }],
  ['Basic', 401, { SO_USERNAME: 'tje0', SO_PASSWORD: SECRETS.SO_PASSWORD, SO_APP_TOKEN: SECRETS.SO_APP_TOKEN }],
] as const)('%s credentials, and a %i that echoes them in every form: a short redacted excerpt, no secret in any form', async (_scheme, status, env) => {
  server.handle(echoingServer(status));
  const result = await run(['create', '--sample'], { SO_BASE_URL: server.url, ...env });
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(new RegExp(`^chatsession: POST http://127\\.0\\.0\\.1:\\d+/api/v1/ChatSession failed: ${status} Denied \\[REDACTED\\] — the server says: \\{"Message":"x{157} the credential \\[REDACTED\\] is n… \\(\\d+ characters\\)\\n$`));
  expectNoSecretIn(result.stderr, [...Object.values(env), Buffer.from(`tje0:${SECRETS.SO_PASSWORD}`).toString('base64')].filter((v) => v !== 'tje0'));
  expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
});

test('a server that echoes the credential into the saved entity: printed redacted', async () => {
  server.handle((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...sampleResponse, CustomerName: req.headers.authorization, CustomerEmail: '\u001b]0;title\u0007' }));
  });
  const result = await run(['create', '--sample'], { SO_BASE_URL: server.url, SO_BEARER_TOKEN: SECRETS.SO_BEARER_TOKEN });
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('"CustomerName": "Bearer [REDACTED]"');
  expect(result.stdout).toContain('"CustomerEmail": "\\u001b]0;title\\u0007"');
  expectNoSecretIn(result.stdout, [SECRETS.SO_BEARER_TOKEN]);
});

test('--validate and a body whose keys echo the token (JSON Pointer form in the issue path) and carry terminal escapes: one redacted, escaped line', async () => {
  const token = 'ab/cd~ef/gh/ij~kl';
  server.handle((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ FieldProperties: { [token]: 5, '\u001b[2J\u001b]0;pwned\u0007\u202e': 6 } }));
  });
  const result = await run(['create', '--sample', '--validate'], { SO_BASE_URL: server.url, SO_BEARER_TOKEN: token });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^chatsession: The response does not match ChatSessionEntityWithLinks: \/FieldProperties\/\[REDACTED\] must be object; \/FieldProperties\/\\u001b\[2J\\u001b\]0;pwned\\u0007\\u202e must be object\n$/);
  expect(result.stderr).not.toContain('ab~1cd~0ef');
});

test('a network error: exit 1', async () => {
  const port = await unusedPort();
  const result = await run(['create', '--sample', '--timeout-ms', '2000'], { SO_BASE_URL: `http://127.0.0.1:${port}`, SO_BEARER_TOKEN: 'token-1a2b3c4d' });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`^chatsession: POST http://127\\.0\\.0\\.1:${port}/api/v1/ChatSession failed before a complete response arrived: fetch failed \\(ECONNREFUSED\\)`));
});

test('a server that never answers: --timeout-ms ends the call and the process, exit 1', async () => {
  server.handle(() => {});
  const result = await run(['create', '--sample', '--timeout-ms', '1000'], { SO_BASE_URL: server.url, SO_BEARER_TOKEN: 'token-1a2b3c4d' });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^chatsession: POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/ChatSession timed out after 1000 ms\n$/);
  expect(result.ms).toBeLessThan(1000 + 4000);
});

const TOKEN = { SO_BEARER_TOKEN: 'token-1a2b3c4d' };
test.each([
  ['no command', [], {}, /Usage: chatsession/],
  ['an unknown command', ['remove'], {}, /usage error: unknown command "remove"; run chatsession --help/],
  ['an unknown flag', ['create', '--sample', '--password', 'x'], {}, /usage error: .*--password/],
  ['no entity', ['create'], {}, /usage error: give the entity to save with --file/],
  ['a missing file', ['create', '--file', '/nonexistent.json'], {}, /usage error: cannot read \/nonexistent.json: ENOENT/],
  ['a file that is not JSON', ['create', '--file', '-'], {}, /usage error: standard input is not JSON/],
  ['an entity that is not an object', ['create', '--file', '-'], {}, /usage error: --file standard input: The entity must be a plain object such as \{ CustomerName: "Kris" \}, got a string\./, '"Kris"'],
  ['a base URL without credentials', ['create', '--sample', '--base-url', 'https://online.superoffice.com/Cust1'], {}, /usage error: no credentials/],
  ['two kinds of credentials', ['create', '--sample'], { SO_BEARER_TOKEN: 'token-1a2b3c4d', SO_TICKET: 'ticket-5e6f7a8b' }, /usage error: set only one kind of credentials; found SoTicket and Bearer/],
  ['an unknown select path', ['create', '--sample', '--select', 'Nope'], {}, /usage error: --select: "Nope" is not a property/],
  ['plain http to a remote host', ['create', '--sample', '--base-url', 'http://online.superoffice.com/Cust1'], TOKEN, /usage error: --base-url \(or SO_BASE_URL\) uses plain http:\/\/ to online\.superoffice\.com, which would send credentials unencrypted\. Use https:\/\/, or pass --allow-insecure-http if you really mean it\./],
  ['the same from SO_BASE_URL', ['create', '--sample'], { ...TOKEN, SO_BASE_URL: 'http://online.superoffice.com/Cust1' }, /usage error: --base-url \(or SO_BASE_URL\) uses plain http:\/\//],
  ['a base URL with user:password@', ['create', '--sample', '--base-url', 'https://u:p@online.superoffice.com'], TOKEN, /usage error: --base-url \(or SO_BASE_URL\) must not contain user:password@; set credentials in the environment instead \(see --help\)\./],
  ['an ftp base URL', ['create', '--sample', '--base-url', 'ftp://online.superoffice.com'], TOKEN, /usage error: --base-url \(or SO_BASE_URL\) must start with https:\/\//],
  ['--timeout-ms 0 (mock)', ['create', '--sample', '--timeout-ms', '0'], {}, /usage error: --timeout-ms must be a positive whole number of milliseconds, got "0"/],
  ['--timeout-ms 1.5', ['create', '--sample', '--timeout-ms', '1.5'], TOKEN, /usage error: --timeout-ms must be a positive whole number of milliseconds, got "1\.5"/],
  ['--language with a line break (mock)', ['create', '--sample', '--language', 'en\r\nX-Evil: 1'], {}, /usage error: --language \(the SO-Language header\) contains a control character/],
  ['--time-zone with white space', ['create', '--sample', '--time-zone', ' UTC'], TOKEN, /usage error: --time-zone \(the SO-TimeZone header\) has leading or trailing white space/],
  ['--accept-language empty', ['create', '--sample', '--accept-language', ''], {}, /usage error: --accept-language is empty/],
  ['a user name with ":"', ['create', '--sample', '--base-url', 'https://online.superoffice.com'], { SO_USERNAME: 'a:b', SO_PASSWORD: 'pw-12345678' }, /usage error: SO_USERNAME must not contain ":"/],
  ['a token with a line break', ['create', '--sample'], { SO_BEARER_TOKEN: 'tok\nX-Evil: 1' }, /usage error: SO_BEARER_TOKEN \(the Authorization header\) contains a control character/],
  ['an empty password', ['create', '--sample'], { SO_USERNAME: 'tje0', SO_PASSWORD: '' }, /usage error: (set both SO_USERNAME and SO_PASSWORD|SO_PASSWORD is empty)/],
] as [string, string[], Record<string, string>, RegExp, string?][])('usage error, exit 2, named as the user typed it, before Prism starts: %s', async (_name, args, env, stderr, stdin = 'not json') => {
  const result = await run(args, env, stdin);
  expect(result.code).toBe(2);
  expect(result.stdout + result.stderr).toMatch(stderr);
  expect(result.stderr).not.toMatch(LIBRARY_OPTION_NAMES);
  expect(result.stderr).not.toContain('embedded Prism mock');
});

/**
 * The commands' flag tables, from src/cli/ (bundled first, as global-setup.cts bundles prism.ts: the
 * CLI's modules find the spec through import.meta.url, which jest's CommonJS cannot load).
 */
function flagTables() {
  const outfile = path.join(ROOT, 'node_modules/.cache/test-cli/flag-tables.cjs');
  const stdin = { contents: "export { API_COMMANDS } from './commands.ts'; export { CONNECTION_FLAGS } from './connection.ts'; export * from './flags.ts';", resolveDir: path.join(ROOT, 'src/cli'), loader: 'ts' as const };
  buildSync({ stdin, bundle: true, packages: 'external', platform: 'node', format: 'cjs', outfile, logLevel: 'silent', define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } });
  return require(outfile) as typeof import('../../src/cli/flags') & typeof import('../../src/cli/commands') & typeof import('../../src/cli/connection');
}

test('--help documents every command, each flag it accepts, the environment and the exit codes', async () => {
  const { API_COMMANDS, CONNECTION_FLAGS, CONTRACT_FLAGS, LIFECYCLE_FLAGS, MOCK_FLAGS } = flagTables();
  const result = await run(['--help']);
  expect(result.code).toBe(0);
  for (const text of ['SO_BASE_URL', 'SO_USERNAME', 'SO_PASSWORD', 'SO_TICKET', 'SO_BEARER_TOKEN', 'SO_XSRF_TOKEN', 'SO_APP_TOKEN', 'Exit codes', '  0  ', '  1  ', '  2  ']) {
    expect(result.stdout).toContain(text);
  }
  // Each command's section (from "chatsession <name> " to the next blank line) names every flag its parser accepts.
  const sections: [string, Record<string, unknown>][] = [
    ...API_COMMANDS.map((c): [string, Record<string, unknown>] => [c.name, c.flags]),
    ['lifecycle', LIFECYCLE_FLAGS],
    ['mock', MOCK_FLAGS],
    ['contract', CONTRACT_FLAGS],
  ];
  for (const [command, flags] of sections) {
    expect(result.stdout).toMatch(new RegExp(`\\n  ${command}\\b`)); // in the command list
    const start = result.stdout.indexOf(`\nchatsession ${command} `);
    expect({ command, start: start > 0 }).toEqual({ command, start: true });
    const section = result.stdout.slice(start, result.stdout.indexOf('\n\n', start + 1));
    for (const flag of Object.keys(flags)) expect({ command, flag, described: section.includes(`--${flag}`) }).toEqual({ command, flag, described: true });
  }
  const connection = result.stdout.slice(result.stdout.indexOf('\nConnection options'));
  for (const flag of Object.keys(CONNECTION_FLAGS)) expect(connection).toContain(`--${flag}`);
  expect(result.stdout.split('\n').every((line) => line.length <= 100)).toBe(true);
  expect((await run(['contract', '--help'])).stdout).toBe(result.stdout);
  expect((await run(['get', '--help'])).stdout).toBe(result.stdout);
});
