// The API commands (get, update, patch, delete, list, messages, add-message, transcript, and the
// other operations of the resource) of the built CLI, spawned, against a loopback tenant: what goes on the wire, what is printed, exit codes,
// and no secret in any form in what is printed. The runs start at once in beforeAll (none loads
// Prism: each has a base URL, or fails its checks first).
import { runCli, type CliRun } from '../support/cli';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-server';
import { bundled } from '../support/spec';
import { echoingServer, expectNoSecretIn, LIBRARY_OPTION_NAMES, SECRETS } from './hostile';
import { routesOf, tenant } from './lifecycle-server';

const example = (name: string): unknown => bundled.components.examples[name].value;
const ENV = { SO_BEARER_TOKEN: SECRETS.SO_BEARER_TOKEN, SO_APP_TOKEN: SECRETS.SO_APP_TOKEN };
const ALL_SECRETS = [...Object.values(SECRETS), Buffer.from(`tje0:${SECRETS.SO_PASSWORD}`).toString('base64')];
const ENTITY = { CustomerName: 'Kris', Status: 'InQueue' };

let server: LoopbackServer;
let echo: LoopbackServer;
let paged: LoopbackServer;
const runs: Record<string, Promise<CliRun>> = {};
/** Runs `chatsession ...args` against the tenant under base path `/<name>`. */
const at = (name: string, args: string[], stdin = '', env: Record<string, string> = ENV) => {
  runs[name] = runCli(args, { ...env, SO_BASE_URL: `${server.url}/${name}` }, stdin, { killAfterMs: 15_000 });
};

/** The other operations: command line, the request it sends, the spec's sample it prints. */
const OTHERS: [string, string[], string, string][] = [
  ['default', ['default'], 'GET /api/v1/ChatSession/default', 'DefaultChatSessionEntityResponse'],
  ['forCurrentUser', ['for-current-user'], 'GET /api/v1/ChatSession/ForCurrentUser', 'ChatSessionsForUserResponse'],
  ['pickUpFirst', ['pick-up-first'], 'POST /api/v1/ChatSession/Pickup', 'PickUpFirstChatSessionResponse'],
  ['pickUp', ['pick-up', '42'], 'POST /api/v1/ChatSession/42/Pickup', 'PickUpChatSessionResponse'],
  ['reset', ['reset', '42'], 'POST /api/v1/ChatSession/42/Reset', 'ResetChatSessionResponse'],
  ['transferToName', ['transfer', '42', 'Kris Example'], 'POST /api/v1/ChatSession/42/TransferTo/Kris%20Example', 'TransferChatSessionResponse'],
  ['transferToId', ['transfer', '42', '17'], 'POST /api/v1/ChatSession/42/TransferTo/17', 'TransferChatSessionResponse'],
  ['acceptTransfer', ['accept-transfer', '42'], 'POST /api/v1/ChatSession/42/AcceptTransfer', 'AcceptChatSessionTransferResponse'],
  ['rejectTransfer', ['reject-transfer', '42'], 'POST /api/v1/ChatSession/42/RejectTransfer', 'RejectChatSessionTransferResponse'],
  ['createForTopic', ['create-for-topic', '7'], 'POST /api/v1/ChatTopic/7/Sessions', 'CreateChatSessionForTopicResponse'],
  ['topicSessions', ['topic-sessions', '7', '--top', '5'], 'GET /api/v1/ChatTopic/7/Sessions?$top=5', 'GetChatTopicSessionsResponse'],
];

const USAGE: [string, string[], RegExp, string?][] = [
  ['get without an id', ['get'], /^chatsession: usage error: get needs ID: chatsession get ID\n$/],
  ['transfer without a user', ['transfer', '42'], /^chatsession: usage error: transfer needs ID USER: chatsession transfer ID USER\n$/],
  ['transfer to "..": refused by the library', ['transfer', '42', '..'], /usage error: transfer: USER \(of transfer\) must be a user's name/],
  ['a topic id that is not a number', ['topic-sessions', 'x'], /usage error: the chat topic ID must be a whole number from 1 to 2147483647, got "x"/],
  ['get with a second argument', ['get', '42', '43'], /^chatsession: usage error: get takes one argument \(chatsession get ID\); unexpected "43"\n$/],
  ['an id that is not a number', ['get', 'abc'], /^chatsession: usage error: the chat session ID must be a whole number from 1 to 2147483647, got "abc"\n$/],
  ['an id of 0', ['delete', '0'], /usage error: the chat session ID must be a whole number from 1 to 2147483647, got "0"/],
  ['an id past 32 bits', ['messages', '2147483648'], /usage error: the chat session ID must be a whole number from 1 to 2147483647, got "2147483648"/],
  ['an unknown flag', ['get', '42', '--password', 'x'], /usage error: .*--password/],
  ['an unknown select path', ['get', '42', '--select', 'Nope'], /usage error: --select: "Nope" is not a property/],
  ['patch without --file', ['patch', '42'], /usage error: give the change with --file PATH or --file - \(standard input\)/],
  ['patch with a string', ['patch', '42', '--file', '-'], /usage error: --file standard input: The patch must be a JSON Patch array/, '"Closed"'],
  ['a JSON Patch operation the server does not support', ['patch', '42', '--file', '-'], /usage error: patch\[0\]\.op must be one of add, replace, remove, test/, '[{"op":"move","from":"/a","path":"/b"}]'],
  ['a JSON Patch path the entity does not have', ['patch', '42', '--file', '-'], /usage error: patch: the path "\/Nope" is not a property of the chat session/, '[{"op":"replace","path":"/Nope","value":1}]'],
  ['update without --file', ['update', '42'], /usage error: give the entity to save with --file PATH/],
  ['add-message without text', ['add-message', '42'], /usage error: give the message with --text TEXT, or --file PATH/],
  ['add-message with an unknown --type', ['add-message', '42', '--text', 'hi', '--type', 'Shout'], /usage error: --type must be one of ToCustomer, ToUser, Special, Invalid, got "Shout"/],
  ['messages --after abc', ['messages', '42', '--after', 'abc'], /usage error: --after must be a whole number from 1 to 2147483647, got "abc"/],
  ['list --top 1.5', ['list', '--top', '1.5'], /usage error: --top must be a whole number from 0 to 2147483647, got "1\.5"/],
  ['list --pages 0', ['list', '--pages', '0'], /usage error: --pages must be a whole number from 1 to 10000, got "0"/],
  ['list --select with an empty column', ['list', '--select', 'name,,id'], /usage error: --select must be archive column names separated by commas, such as name,category\/id \(none empty\), got "name,,id"/],
  ['a base URL with plain http to a remote host', ['get', '42', '--base-url', 'http://online.superoffice.com/Cust1'], /usage error: --base-url \(or SO_BASE_URL\) uses plain http:\/\/ to online\.superoffice\.com/],
];

beforeAll(async () => {
  server = await startLoopbackServer(tenant());
  echo = await startLoopbackServer(echoingServer(404));
  // Three pages linked by odata.nextLink (relative to the list's URL); --pages 2 reads two.
  // Under /lie, a first page whose value is not rows; under /many, one of 200 000 rows; under /deep, JSON nested 200 000 levels.
  paged = await startLoopbackServer((req, res) => {
    const page = Number(new URL(req.url, 'http://x').searchParams.get('page') ?? '1');
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url.startsWith('/deep/')) res.end(`{"ChatSessionId":42,"X":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    else if (req.url.startsWith('/lie/')) res.end(JSON.stringify({ value: 'rows', 'odata.nextLink': 'ChatSession?page=2' }));
    else if (req.url.startsWith('/many/')) res.end(`{"value":[${Array(200_000).fill(0).join(',')}]}`);
    else res.end(JSON.stringify({ value: [{ PrimaryKey: page * 10 + 1 }, { PrimaryKey: page * 10 + 2 }], 'odata.nextLink': page < 3 ? `ChatSession?$top=2&page=${page + 1}` : null }));
  });
  runs.pages = runCli(['list', '--top', '2', '--pages', '2'], { ...ENV, SO_BASE_URL: `${paged.url}/Cust9` });
  runs.pagesLie = runCli(['list', '--pages', '2'], { ...ENV, SO_BASE_URL: `${paged.url}/lie` });
  runs.pagesMany = runCli(['list', '--pages', '1'], { ...ENV, SO_BASE_URL: `${paged.url}/many` });
  runs.deep = runCli(['get', '42'], { ...ENV, SO_BASE_URL: `${paged.url}/deep` });
  at('get', ['get', '42', '--select', 'CustomerName,Status', '--language', 'en']);
  at('update', ['update', '42', '--file', '-'], JSON.stringify(ENTITY));
  at('patchJson', ['patch', '42', '--file', '-'], JSON.stringify([{ op: 'replace', path: '/CustomerName', value: 'Kris' }]));
  at('patchMerge', ['patch', '42', '--file', '-', '--select', 'CustomerName'], JSON.stringify({ CustomerName: 'Kris' }));
  at('delete', ['delete', '42']);
  at('list', ['list', '--select', 'name,saleId', '--filter', "name begins 'Kris'", '--order-by', 'name', '--top', '2', '--skip', '4']);
  at('messages', ['messages', '42', '--after', '7']);
  at('addMessage', ['add-message', '42', '--text', 'Hello, Kris', '--author', 'Agent 7']);
  at('transcript', ['transcript', '42', '--html']);
  for (const [name, args] of OTHERS) at(name, args);
  // No base URL: the library's checks run before the embedded mock would start.
  runs.noBaseUrl = runCli(['get', '42', '--select', 'CustomerName,Nope'], {});
  runs.apiError = runCli(['get', '42'], { SO_USERNAME: 'tje0', SO_PASSWORD: SECRETS.SO_PASSWORD, SO_APP_TOKEN: SECRETS.SO_APP_TOKEN, SO_BASE_URL: echo.url });
  USAGE.forEach(([, args, , stdin = ''], i) => at(`usage${i}`, args, stdin));
});
afterAll(async () => {
  await Promise.allSettled(Object.values(runs));
  await Promise.all([server?.close(), echo?.close(), paged?.close()]);
});

/** A run that succeeded: exit 0, nothing on stderr, no secret printed; returns what it printed as JSON, and the one request it sent. */
async function succeeded(name: string) {
  const run = await runs[name]!;
  expectNoSecretIn(run.stdout + run.stderr, ALL_SECRETS);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: name === 'delete' ? expect.any(String) : '' });
  const requests = server.requests.filter((r) => r.url.startsWith(`/${name}/`));
  expect(requests).toHaveLength(1);
  const request = requests[0]!;
  expect(request.headers).toMatchObject({ authorization: `Bearer ${SECRETS.SO_BEARER_TOKEN}`, 'so-apptoken': SECRETS.SO_APP_TOKEN });
  return { printed: run.stdout === '' ? undefined : JSON.parse(run.stdout), request, route: routesOf(requests, `/${name}`)[0] };
}

test('get ID --select: GET /api/v1/ChatSession/{id} with $select and SO-Language; prints the chat session', async () => {
  const { printed, request, route } = await succeeded('get');
  expect(route).toBe('GET /api/v1/ChatSession/42?$select=CustomerName,Status');
  expect(request.headers['so-language']).toBe('en');
  expect(printed).toEqual(example('GetChatSessionEntityResponse'));
});

test('update ID --file -: PUT with the entity as application/json; prints the saved chat session', async () => {
  const { printed, request, route } = await succeeded('update');
  expect(route).toBe('PUT /api/v1/ChatSession/42');
  expect(request.headers['content-type']).toBe('application/json');
  expect(JSON.parse(request.body)).toEqual(ENTITY);
  expect(printed).toEqual(example('PutChatSessionEntityResponse'));
});

test.each([
  ['a JSON Patch array', 'patchJson', 'application/json-patch+json', [{ op: 'replace', path: '/CustomerName', value: 'Kris' }], 'PATCH /api/v1/ChatSession/42'],
  ['a merge-patch object', 'patchMerge', 'application/merge-patch+json', { CustomerName: 'Kris' }, 'PATCH /api/v1/ChatSession/42?$select=CustomerName'],
])('patch ID --file - with %s: sent with its own Content-Type; prints the saved chat session', async (_name, run, contentType, body, route) => {
  const sent = await succeeded(run);
  expect(sent.route).toBe(route);
  expect(sent.request.headers['content-type']).toBe(contentType);
  expect(JSON.parse(sent.request.body)).toEqual(body);
  expect(sent.printed).toEqual(example('PatchChatSessionEntityResponse'));
});

test('delete ID: DELETE, 204; nothing on stdout, one line on stderr', async () => {
  const { printed, route } = await succeeded('delete');
  expect(route).toBe('DELETE /api/v1/ChatSession/42');
  expect(printed).toBeUndefined();
  expect((await runs.delete!).stderr).toBe('chatsession: delete: done (DELETE /api/v1/ChatSession/42: no content)\n');
});

test('list with the OData flags: GET /api/v1/ChatSession with $select, $filter, $orderBy, $top, $skip; prints the page', async () => {
  const { printed, route } = await succeeded('list');
  expect(route).toMatch(/^GET \/api\/v1\/ChatSession\?/);
  const query = new URLSearchParams(route!.slice(route!.indexOf('?') + 1));
  expect(Object.fromEntries(query)).toEqual({ $select: 'name,saleId', $filter: "name begins 'Kris'", $orderBy: 'name', $top: '2', $skip: '4' });
  expect(printed).toEqual(example('GetAllChatSessionsResponse'));
});

test('list --pages N: follows odata.nextLink for N pages at most, and prints their rows as one array', async () => {
  const run = await runs.pages!;
  expect(run).toMatchObject({ code: 0, stderr: 'chatsession: list: stopped after 2 pages (--pages 2); the server links to more\n' });
  expect(JSON.parse(run.stdout)).toEqual([{ PrimaryKey: 11 }, { PrimaryKey: 12 }, { PrimaryKey: 21 }, { PrimaryKey: 22 }]);
  expect(paged.requests.map((r) => r.url).filter((url) => url.startsWith('/Cust9/'))).toEqual(['/Cust9/api/v1/ChatSession?$top=2', '/Cust9/api/v1/ChatSession?$top=2&page=2']);
});

test('list --pages N: a page whose value is not an array of rows is an error (its characters are not printed as rows); a page of 200 000 rows is printed', async () => {
  const lie = await runs.pagesLie!;
  expect(lie).toMatchObject({ code: 1, stdout: '', stderr: 'chatsession: error: page 1 of the list has a value that is not an array of rows (a string); nothing printed\n' });
  const many = await runs.pagesMany!;
  expect({ code: many.code, stderr: many.stderr }).toEqual({ code: 0, stderr: '' });
  expect(JSON.parse(many.stdout)).toHaveLength(200_000);
});

test('an answer nested too deeply to print as JSON: exit 1, a line that says so (not "Maximum call stack size exceeded")', async () => {
  expect(await runs.deep!).toMatchObject({ code: 1, stdout: '', stderr: "chatsession: error: the server's answer is nested too deeply to print as JSON\n" });
});

test('messages ID --after: GET .../Messages?after=7; prints the array', async () => {
  const { printed, route } = await succeeded('messages');
  expect(route).toBe('GET /api/v1/ChatSession/42/Messages?after=7');
  expect(printed).toEqual(example('GetChatMessagesResponse'));
});

test('add-message ID --text --author: POST .../Messages with a ChatMessage (Type ToCustomer); prints the saved message', async () => {
  const { printed, request, route } = await succeeded('addMessage');
  expect(route).toBe('POST /api/v1/ChatSession/42/Messages');
  expect(request.headers['content-type']).toBe('application/json');
  expect(JSON.parse(request.body)).toEqual({ Type: 'ToCustomer', Message: 'Hello, Kris', Author: 'Agent 7' });
  expect(printed).toEqual(example('AddChatMessageResponse'));
});

test('transcript ID --html: POST .../Transcript?html=true; prints the JSON string', async () => {
  const { printed, route } = await succeeded('transcript');
  expect(route).toBe('POST /api/v1/ChatSession/42/Transcript?html=true'); // the page: POST, no body
  expect(printed).toBe(example('GetChatTranscriptResponse'));
});

test.each(OTHERS)('%s: %j sends the request, prints the result', async (name, _args, route, sample) => {
  const sent = await succeeded(name);
  expect(sent.route).toBe(route);
  expect(sent.printed).toEqual(example(sample));
});

test('an error status that echoes the credentials: exit 1, one redacted line with the method, URL and status', async () => {
  const run = await runs.apiError!;
  expect(run).toMatchObject({ code: 1, stdout: '' });
  expect(run.stderr).toMatch(/^chatsession: GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/ChatSession\/42 failed: 404 Denied \[REDACTED\] — the server says: \{"Message":"x{157} the credential \[REDACTED\] is n… \(\d+ characters\)\n$/);
  expectNoSecretIn(run.stderr, ALL_SECRETS);
  expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
});

test.each(USAGE.map(([name, args, stderr, stdin], i) => [name, args, stderr, stdin ?? '', i] as const))('usage error, exit 2, nothing sent: %s', async (_name, _args, stderr, _stdin, i) => {
  const run = await runs[`usage${i}`]!;
  expect(run.stderr).toMatch(stderr);
  expect(run.stderr).not.toMatch(LIBRARY_OPTION_NAMES);
  expect(run).toMatchObject({ code: 2, stdout: '' });
  expect(server.requests.filter((r) => r.url.startsWith(`/usage${i}/`))).toHaveLength(0);
});

test('without a base URL, the library\'s checks of the input run before the embedded mock starts', async () => {
  const run = await runs.noBaseUrl!;
  expect(run).toMatchObject({ code: 2, stdout: '' });
  expect(run.stderr).toBe('chatsession: usage error: --select: "Nope" is not a property of ChatSessionEntityWithLinks; use a property name such as "CustomerName" or a nested path such as "User/AssociateId".\n');
});
