// Every operation on the wire, against one loopback server: the method, path, query, headers, body
// and Content-Type it sends, what it resolves to (the page's sample response, validated against the
// spec), and what it rejects with (an error status, a body of the wrong kind, a body that breaks the
// spec, bad path parameters, query values and options, all refused before anything is sent).
import {
  ChatSessionApiError,
  ChatSessionResponseError,
  ChatSessionUsageError,
  ChatSessionValidationError,
  type ChatSessionClient,
  type ChatSessionEntity,
  type SlowCallInfo,
} from '../../src/index';
import { rejectionOf } from '../support/assertions';
import { clientFor, TEST_TOKEN } from '../support/client';
import { json, useLoopbackServer, type Handler } from '../support/loopback-server';
import { bundled, deref, type Json } from '../support/spec';
import { OPERATIONS } from '../../src/operations';

const server = useLoopbackServer();
const client = (options: Parameters<typeof clientFor>[1] = {}) => clientFor(server, options);

/** The sample response of an operation's page, as the spec holds it. */
function sampleOf(operationId: string): Json {
  for (const item of Object.values(bundled.paths) as Json[]) {
    for (const operation of Object.values(item) as Json[]) {
      if (operation.operationId === operationId) return deref(operation.responses['200']?.content['application/json'].examples.SampleResponse)?.value;
    }
  }
  throw new Error(`no operation ${operationId}`);
}

type Options = Record<string, unknown>;
interface Case {
  readonly id: string;
  /** The call, with the options under test. */
  readonly call: (client: ChatSessionClient, options: Options) => Promise<unknown>;
  readonly method: string;
  /** The request target as it must arrive: path and query. */
  readonly target: string;
  readonly body?: unknown;
  readonly contentType?: string;
  /** A 2xx body of the wrong JSON kind, and one of the right kind that breaks the spec. */
  readonly wrongKind?: unknown;
  readonly invalid?: unknown;
}

const entity: ChatSessionEntity = { CustomerName: 'Kris', Status: 'InQueue' };
const jsonPatch = [{ op: 'replace', path: '/customername', value: 'Kris' }, { op: 'remove', path: 'User/AssociateId' }];
const message = { Message: 'Hello', Type: 'ToCustomer' };
const badEntity = { ChatSessionId: 'one' };
const badRows = { value: [7] };

const CASES: readonly (readonly [string, Case])[] = [
  ['create', { id: 'PostChatSessionEntity', call: (c, o) => c.create(entity, o), method: 'POST', target: '/api/v1/ChatSession', body: entity, contentType: 'application/json', wrongKind: [], invalid: badEntity }],
  ['get', { id: 'GetChatSessionEntity', call: (c, o) => c.get(196, o), method: 'GET', target: '/api/v1/ChatSession/196', wrongKind: [], invalid: badEntity }],
  ['getDefault', { id: 'DefaultChatSessionEntity', call: (c, o) => c.getDefault(o), method: 'GET', target: '/api/v1/ChatSession/default', wrongKind: 'x', invalid: badEntity }],
  ['update', { id: 'PutChatSessionEntity', call: (c, o) => c.update(196, entity, o), method: 'PUT', target: '/api/v1/ChatSession/196', body: entity, contentType: 'application/json', wrongKind: null, invalid: badEntity }],
  ['patch (JSON Patch)', { id: 'PatchChatSessionEntity', call: (c, o) => c.patch(196, jsonPatch as never, o), method: 'PATCH', target: '/api/v1/ChatSession/196', body: jsonPatch, contentType: 'application/json-patch+json', wrongKind: [], invalid: badEntity }],
  ['patch (merge patch)', { id: 'PatchChatSessionEntity', call: (c, o) => c.patch(196, entity, o), method: 'PATCH', target: '/api/v1/ChatSession/196', body: entity, contentType: 'application/merge-patch+json', wrongKind: 5, invalid: badEntity }],
  ['delete', { id: 'DeleteChatSessionEntity', call: (c, o) => c.delete(196, o), method: 'DELETE', target: '/api/v1/ChatSession/196' }],
  ['list', { id: 'GetAllChatSessions', call: (c, o) => c.list({ $top: 10, $filter: "name begins 'S'", ...o }), method: 'GET', target: '/api/v1/ChatSession?$top=10&$filter=name%20begins%20%27S%27', wrongKind: [], invalid: badRows }],
  ['forCurrentUser', { id: 'ChatSessionsForUser', call: (c, o) => c.forCurrentUser(o), method: 'GET', target: '/api/v1/ChatSession/ForCurrentUser', wrongKind: {}, invalid: [badEntity] }],
  ['messages', { id: 'GetChatMessages', call: (c, o) => c.messages(196, { after: 106, ...o }), method: 'GET', target: '/api/v1/ChatSession/196/Messages?after=106', wrongKind: {}, invalid: [{ ChatMessageId: 'one' }] }],
  ['addMessage', { id: 'AddChatMessage', call: (c, o) => c.addMessage(196, message as never, o), method: 'POST', target: '/api/v1/ChatSession/196/Messages', body: message, contentType: 'application/json', wrongKind: [], invalid: { Type: 'Shouting' } }],
  ['transcript', { id: 'GetChatTranscript', call: (c, o) => c.transcript(196, { html: true, ...o }), method: 'POST', target: '/api/v1/ChatSession/196/Transcript?html=true', wrongKind: {} }],
  ['pickUp', { id: 'PickUpChatSession', call: (c, o) => c.pickUp(196, o), method: 'POST', target: '/api/v1/ChatSession/196/Pickup', wrongKind: [], invalid: badEntity }],
  ['pickUpFirst', { id: 'PickUpFirstChatSession', call: (c, o) => c.pickUpFirst(o), method: 'POST', target: '/api/v1/ChatSession/Pickup', wrongKind: [], invalid: badEntity }],
  ['reset', { id: 'ResetChatSession', call: (c, o) => c.reset(196, o), method: 'POST', target: '/api/v1/ChatSession/196/Reset', wrongKind: [], invalid: badEntity }],
  ['transfer', { id: 'TransferChatSession', call: (c, o) => c.transfer(196, 'Jo Hansen/Ø', o), method: 'POST', target: '/api/v1/ChatSession/196/TransferTo/Jo%20Hansen%2F%C3%98', wrongKind: [], invalid: badEntity }],
  ['acceptTransfer', { id: 'AcceptChatSessionTransfer', call: (c, o) => c.acceptTransfer(196, o), method: 'POST', target: '/api/v1/ChatSession/196/AcceptTransfer', wrongKind: [], invalid: badEntity }],
  ['rejectTransfer', { id: 'RejectChatSessionTransfer', call: (c, o) => c.rejectTransfer(196, o), method: 'POST', target: '/api/v1/ChatSession/196/RejectTransfer', wrongKind: [], invalid: badEntity }],
  ['createForTopic', { id: 'CreateChatSessionForTopic', call: (c, o) => c.createForTopic(604, o), method: 'POST', target: '/api/v1/ChatTopic/604/Sessions', wrongKind: [], invalid: badEntity }],
  ['topicSessions', { id: 'GetChatTopicSessions', call: (c, o) => c.topicSessions(604, { $mode: 'Full', ...o }), method: 'GET', target: '/api/v1/ChatTopic/604/Sessions?$mode=Full', wrongKind: 'x', invalid: badRows }],
];
const WITH_BODY = CASES.filter(([, c]) => c.wrongKind !== undefined);

/** The page's sample for the case (204 with no body for delete). */
const answerFor = (c: Case): Handler => (c.id === 'DeleteChatSessionEntity' ? (_req, res) => void res.writeHead(204).end() : json(200, JSON.stringify(sampleOf(c.id))));

test('every operation of the spec has a case here', () => {
  const ids = (Object.values(bundled.paths) as Json[]).flatMap((item) => (Object.values(item) as Json[]).map((operation) => operation.operationId));
  expect(new Set(CASES.map(([, c]) => c.id))).toEqual(new Set(ids));
});

test("each operation's method and path are the spec's for its operationId (the client's table and these cases)", () => {
  const specOf = (id: string) =>
    Object.entries(bundled.paths as Record<string, Json>).flatMap(([path, item]) => Object.entries(item as Record<string, Json>).filter(([, o]) => o.operationId === id).map(([method]) => `${method.toUpperCase()} ${path}`));
  for (const operation of OPERATIONS) expect([operation.id, `${operation.method} ${operation.path}`]).toEqual([operation.id, ...specOf(operation.id)]);
  for (const [, c] of CASES) expect([c.id, c.method]).toEqual([c.id, specOf(c.id)[0]!.split(' ')[0]]);
});

describe.each(CASES)('%s', (_name, c) => {
  test('sends the method, path, query, credentials, SO headers, body and Content-Type; resolves to the page sample, valid against the spec', async () => {
    server.handle(answerFor(c));
    const result = await c.call(client({ validateResponses: true }), { language: 'sv', headers: { 'X-Trace': 't1' } });
    const [request] = server.requests;
    expect(server.requests).toHaveLength(1);
    expect(request).toMatchObject({ method: c.method, url: c.target });
    expect(request!.headers).toMatchObject({ authorization: `Bearer ${TEST_TOKEN}`, accept: 'application/json', 'so-language': 'sv', 'x-trace': 't1' });
    if (c.body === undefined) {
      expect(request!.body).toBe('');
      expect(request!.headers['content-type']).toBeUndefined();
    } else {
      expect(JSON.parse(request!.body)).toEqual(c.body);
      expect(request!.headers['content-type']).toBe(c.contentType);
    }
    expect(result).toEqual(c.id === 'DeleteChatSessionEntity' ? undefined : sampleOf(c.id));
  });

  test('an error status rejects with ChatSessionApiError: status, request, body', async () => {
    server.handle(json(404, { Error: 'not found' }));
    const error = await rejectionOf(c.call(client(), {}));
    expect(error).toBeInstanceOf(ChatSessionApiError);
    expect(error).toMatchObject({ status: 404, body: { Error: 'not found' }, request: { method: c.method, url: `${server.url}${c.target}` } });
  });

  test('the slow-call report names the operation', async () => {
    server.handle(answerFor(c));
    const reports: SlowCallInfo[] = [];
    let clock = 0;
    await c.call(client({ slowCallThresholdMs: 5000, onSlowCall: (info) => reports.push(info), now: () => (clock += 6000) }), {});
    expect(reports).toEqual([{ operation: c.id, durationMs: 6000, status: c.id === 'DeleteChatSessionEntity' ? 204 : 200 }]);
  });
});

describe.each(WITH_BODY)('%s: a 2xx that is not what the operation promises', (_name, c) => {
  test('JSON of another kind: ChatSessionResponseError', async () => {
    server.handle(json(200, JSON.stringify(c.wrongKind)));
    const error = await rejectionOf(c.call(client(), {}));
    expect(error).toBeInstanceOf(ChatSessionResponseError);
    expect((error as Error).message).toMatch(/^The server answered 200 with JSON that is not (an object|an array|a string|an object or null) \(/);
  });

  test('an empty body: ChatSessionResponseError', async () => {
    server.handle(json(200, ''));
    expect(await rejectionOf(c.call(client(), {}))).toBeInstanceOf(ChatSessionResponseError);
  });

  if (c.invalid !== undefined) {
    test('validateResponses: a body that breaks the spec is ChatSessionValidationError; without it, the body as it came', async () => {
      server.handle(json(200, c.invalid));
      const error = await rejectionOf(c.call(client({ validateResponses: true }), {}));
      expect(error).toBeInstanceOf(ChatSessionValidationError);
      expect((error as ChatSessionValidationError).issues.length).toBeGreaterThan(0);
      await expect(c.call(client(), {})).resolves.toEqual(c.invalid);
    });
  }
});

describe('what some operations resolve to', () => {
  test('delete: a 200 with a body still resolves to undefined (the body is not the operation\'s)', async () => {
    server.handle(json(200, { whatever: true }));
    await expect(client().delete(196)).resolves.toBeUndefined();
  });

  test('delete: a 204 whose body is an empty stream (what Chromium\'s fetch hands over; Node\'s gives null) resolves to undefined', async () => {
    // Response's constructor refuses any body for a 204, so the stream is put on a real 204 the way a browser's fetch has it.
    const chromiumLike: typeof fetch = async (input) => {
      const response = new Response(null, { status: 204, headers: { 'X-Request-Id': 'r1' } });
      Object.defineProperties(response, { body: { value: new ReadableStream() }, url: { value: String(input instanceof Request ? input.url : input) } });
      return response;
    };
    await expect(client({ fetch: chromiumLike }).delete(196)).resolves.toBeUndefined();
    await expect(client({ fetch: chromiumLike, validateResponses: true }).delete(196)).resolves.toBeUndefined();
  });

  test('pickUp: JSON null ("not in the queue") resolves to null, also when validated', async () => {
    server.handle(json(200, 'null'));
    await expect(client({ validateResponses: true }).pickUp(196)).resolves.toBeNull();
  });

  test('transcript: the JSON string, unescaped', async () => {
    server.handle(json(200, JSON.stringify('<p>Hi "there"</p>')));
    await expect(client().transcript(196)).resolves.toBe('<p>Hi "there"</p>');
  });

  test('getDefault answered 200 with null: ChatSessionResponseError (only pickUp may answer null)', async () => {
    server.handle(json(200, 'null'));
    expect(await rejectionOf(client().getDefault())).toBeInstanceOf(ChatSessionResponseError);
  });
});

describe('path parameters are checked before anything is sent', () => {
  const withId = CASES.filter(([name]) => !['getDefault', 'list', 'forCurrentUser', 'pickUpFirst', 'create'].includes(name));
  const calls: [string, (id: unknown) => Promise<unknown>][] = withId.map(([name]) => [
    name,
    (id) => {
      const c = client() as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const method = name.split(' ')[0]!;
      return method === 'update' || method === 'patch' ? c[method]!(id, entity) : method === 'addMessage' ? c[method]!(id, message) : method === 'transfer' ? c[method]!(id, 'jo') : c[method]!(id);
    },
  ]);
  test.each(calls.flatMap(([name, call]) => [0, -1, 2 ** 31, 1.5, Number.NaN, '196', null, undefined, 196n].map((id) => [name, String(id), call, id] as const)))(
    '%s(%s): ChatSessionUsageError',
    async (name, _shown, call, id) => {
      const error = await rejectionOf(call(id));
      expect(error).toBeInstanceOf(ChatSessionUsageError);
      expect((error as Error).message).toMatch(new RegExp(`^${name.split(' ')[0]}: (id|chatSessionId|chatTopicId) must be a positive 32-bit integer`));
      expect(server.requests).toHaveLength(0);
    },
  );

  test('the largest 32-bit id is sent', async () => {
    await client().get(2 ** 31 - 1);
    expect(server.requests[0]!.url).toBe('/api/v1/ChatSession/2147483647');
  });

  test.each([
    ['an associate id', 42, '/api/v1/ChatSession/196/TransferTo/42'],
    ['a user name with reserved characters', 'ann?#&=%', '/api/v1/ChatSession/196/TransferTo/ann%3F%23%26%3D%25'],
    ['a name with a dot inside', 'ann.lee', '/api/v1/ChatSession/196/TransferTo/ann.lee'],
  ])('transfer to %s: one URL-encoded path segment', async (_name, to, target) => {
    await client().transfer(196, to as string);
    expect(server.requests[0]!.url).toBe(target);
  });

  test.each([['.'], ['..'], [''], ['  '], ['a\nb'], ['x'.repeat(257)], ['ann\uD800'], ['\uDC00ann'], [0], [-3], [{}], [null]])('transfer to %j: ChatSessionUsageError, nothing sent', async (to) => {
    const error = await rejectionOf(client().transfer(196, to as string));
    expect(error).toBeInstanceOf(ChatSessionUsageError);
    expect((error as Error).message).toMatch(/^transfer: toAssociate must be a user's name/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('query parameters and select', () => {
  test('list: every OData parameter, percent-encoded, and the selected columns', async () => {
    server.handle(json(200, { value: [] }));
    await client().list({
      select: ['name', 'category/id', 'name'],
      $filter: "name begins 'S&P'",
      $orderBy: 'name asc',
      $entities: 'chatSession',
      $top: 0,
      $skip: 100,
      $mode: 'Wide',
      $options: 'GrandTotal=true',
      $context: 'ctx',
      $format: 'JSON',
      $jsonSafe: true,
      $output: 'Display',
    });
    expect(server.requests[0]!.url).toBe(
      "/api/v1/ChatSession?$filter=name%20begins%20%27S%26P%27&$orderBy=name%20asc&$entities=chatSession&$top=0&$skip=100&$mode=Wide&$options=GrandTotal%3Dtrue&$context=ctx&$format=JSON&$jsonSafe=true&$output=Display&$select=name,category/id",
    );
  });

  test.each([
    ['get', (c: ChatSessionClient) => c.get(196, { select: ['CustomerName', 'User/AssociateId'] }), '/api/v1/ChatSession/196?$select=CustomerName,User/AssociateId'],
    ['update', (c: ChatSessionClient) => c.update(196, entity, { select: ['Status'] }), '/api/v1/ChatSession/196?$select=Status'],
    ['patch', (c: ChatSessionClient) => c.patch(196, entity, { select: ['Status'] }), '/api/v1/ChatSession/196?$select=Status'],
    ['topicSessions', (c: ChatSessionClient) => c.topicSessions(604, { select: ['name'] }), '/api/v1/ChatTopic/604/Sessions?$select=name'],
  ])('%s: $select', async (_name, call, target) => {
    server.handle(json(200, {}));
    await call(client());
    expect(server.requests[0]!.url).toBe(target);
  });

  test.each([
    ['an unknown option (a typo)', (c: ChatSessionClient) => c.list({ $fitler: 'x' } as never), /^list: unknown option "\$fitler"\. It takes .*\$filter/],
    ['$select as a query parameter', (c: ChatSessionClient) => c.list({ $select: 'name' } as never), /Give the columns as select: \["name", "category\/id"\]/],
    ['a query parameter of another operation', (c: ChatSessionClient) => c.get(196, { after: 5 } as never), /^get: unknown option "after"/],
    ['$top below 0', (c: ChatSessionClient) => c.list({ $top: -1 }), /^list: \$top must be an integer from 0 to 2147483647, got -1/],
    ['$top not an integer', (c: ChatSessionClient) => c.list({ $top: 2.5 }), /\$top must be an integer/],
    ['$mode not one of its names', (c: ChatSessionClient) => c.list({ $mode: 'full' as never }), /^list: \$mode must be one of Slim, Wide, Full, got "full"/],
    ['$jsonSafe as a string', (c: ChatSessionClient) => c.list({ $jsonSafe: 'true' as never }), /\$jsonSafe must be true or false/],
    ['$filter as a number', (c: ChatSessionClient) => c.topicSessions(604, { $filter: 5 as never }), /^topicSessions: \$filter must be a string/],
    ['after as a string', (c: ChatSessionClient) => c.messages(196, { after: '5' as never }), /^messages: after must be a 32-bit integer/],
    ['html as a string', (c: ChatSessionClient) => c.transcript(196, { html: 'yes' as never }), /^transcript: html must be true or false/],
    ['select on an operation without $select', (c: ChatSessionClient) => c.getDefault({ select: ['Status'] } as never), /^getDefault takes no select option/],
    ['an entity path that does not exist', (c: ChatSessionClient) => c.get(196, { select: ['customername'] as never }), /did you mean "CustomerName"/],
    ['archive columns with a comma', (c: ChatSessionClient) => c.list({ select: ['a,b'] }), /^list: select must be a non-empty array of archive column names/],
    ['no archive columns', (c: ChatSessionClient) => c.list({ select: [] }), /^list: select must be a non-empty array/],
    // A lone surrogate cannot be percent-encoded (encodeURIComponent throws URIError).
    ['$filter with a lone surrogate', (c: ChatSessionClient) => c.list({ $filter: "name begins '\uD83D'" }), /^list: \$filter must be a string of well-formed Unicode \(no lone surrogate\)/],
    ['an archive column with a lone surrogate', (c: ChatSessionClient) => c.list({ select: ['na\uDE00me'] }), /^list: select must be a non-empty array of archive column names/],
  ])('%s: ChatSessionUsageError, nothing sent', async (_name, call, message) => {
    const error = await rejectionOf(call(client()));
    expect(error).toBeInstanceOf(ChatSessionUsageError);
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});

describe('patch', () => {
  test.each([['/CustomerName'], ['customername'], ['/CUSTOMERNAME'], ['/user/associateid'], ['User/AssociateId'], ['/User/ExtraFields/SuperOffice:1'], ['/Person/Firstname'], ['/FieldProperties/CustomerName/FieldRight'], ['/_Links/self'], ['/TableRight/Mask'], ['/Contact/Address/Street'], ['/user/customfields/x'], ['/User/ExtraFields/a~1b~0c~01'], ['/User/ExtraFields/'], ['/_Links/-'], ['/FIELDPROPERTIES/x/y/z']])(
    'the path %s is a property of the entity (any letter case, leading slash optional): sent as given',
    async (path) => {
      server.handle(json(200, {}));
      await client().patch(196, [{ op: 'add', path, value: 'x' }]);
      expect(JSON.parse(server.requests[0]!.body)).toEqual([{ op: 'add', path, value: 'x' }]);
    },
  );

  test.each([
    ['a path that is not a property', [{ op: 'replace', path: '/Nope', value: 1 }], /^patch: the path "\/Nope" is not a property of the chat session/],
    ['a sub-path that is not a property of the carrier', [{ op: 'replace', path: '/User/Nope', value: 1 }], /the path "\/User\/Nope" is not a property/],
    ['a path into a single value', [{ op: 'replace', path: '/CustomerName/x', value: 1 }], /^patch: the path "\/CustomerName\/x" goes into CustomerName, which holds a single value; give the path of the property itself, such as "\/CustomerName"/],
    ['a path into a single value of a carrier', [{ op: 'add', path: 'user/associateid/0', value: 1 }], /^patch: the path "user\/associateid\/0" goes into User\/AssociateId, which holds a single value/],
    ['a path into a date-time', [{ op: 'remove', path: '/WhenStarted/Year' }], /goes into WhenStarted, which holds a single value/],
    ['a ~ escape JSON Pointer does not have (~2)', [{ op: 'add', path: '/User/ExtraFields/a~2b', value: 'x' }], /^patch: the path "\/User\/ExtraFields\/a~2b" has a "~" that is not "~0" or "~1"; in a JSON Pointer write "~" as "~0" and "\/" as "~1"\.$/],
    ['a ~ at the end', [{ op: 'add', path: '/_Links/self~', value: 'x' }], /has a "~" that is not "~0" or "~1"/],
    ['the root (/)', [{ op: 'replace', path: '/', value: {} }], /^patch: the path "\/" is not a property of the chat session/],
    ['an empty path', [{ op: 'replace', path: '', value: {} }], /^patch: the path "" is not a property/],
    ['an empty first segment (//)', [{ op: 'replace', path: '//CustomerName', value: 1 }], /^patch: the path "\/\/CustomerName" is not a property/],
    ['a carrier with an empty property (/User/)', [{ op: 'replace', path: '/User/', value: 1 }], /^patch: the path "\/User\/" is not a property of User/],
    ['a trailing slash after a single value', [{ op: 'replace', path: '/User/AssociateId/', value: 1 }], /goes into User\/AssociateId, which holds a single value/],
    ['an escaped slash inside a property name', [{ op: 'replace', path: '/User~1AssociateId', value: 1 }], /the path "\/User~1AssociateId" is not a property/],
    ['an escaped slash inside a carrier\'s property name', [{ op: 'replace', path: '/Contact/Address~1Street', value: 1 }], /the path "\/Contact\/Address~1Street" is not a property of Contact/],
    ['a very long path (shown clipped)', [{ op: 'replace', path: `/${'x'.repeat(1_000_000)}`, value: 1 }], /^patch: the path "\/x{79}" is not a property/],
    ['move (not supported by the server)', [{ op: 'move', from: '/a', path: '/CustomerName' }], /^patch\[0\]\.op must be one of add, replace, remove, test/],
    ['copy', [{ op: 'copy', from: '/a', path: '/CustomerName' }], /op must be one of/],
    ['replace without a value', [{ op: 'replace', path: '/CustomerName' }], /^patch\[0\] \(replace\) needs a value/],
    ['a path that is not a string', [{ op: 'remove', path: 5 }], /^patch\[0\]\.path must be a string/],
    ['an operation that is not an object', ['replace'], /^patch\[0\] must be an object/],
    ['an empty array', [], /^The JSON Patch array is empty/],
    ['a string', 'CustomerName=Kris', /^The patch must be a JSON Patch array .* or a merge-patch object/],
    ['null', null, /^The patch must be/],
  ])('%s: ChatSessionUsageError, nothing sent', async (_name, patch, message) => {
    const error = await rejectionOf(client().patch(196, patch as never));
    expect(error).toBeInstanceOf(ChatSessionUsageError);
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  test('a caller\'s Content-Type header does not override the patch format', async () => {
    server.handle(json(200, {}));
    await client().patch(196, [{ op: 'remove', path: 'CustomerName' }], { headers: { 'Content-Type': 'application/json' } });
    expect(server.requests[0]!.headers['content-type']).toBe('application/json-patch+json');
  });
});

describe('request bodies are checked before anything is sent', () => {
  test.each([
    ['update', (c: ChatSessionClient) => c.update(196, [] as never), /^The entity must be a plain object/],
    ['addMessage', (c: ChatSessionClient) => c.addMessage(196, 'Hello' as never), /^The message must be a plain object such as \{ Message: "Hello"/],
  ])('%s', async (_name, call, message) => {
    const error = await rejectionOf(call(client()));
    expect(error).toBeInstanceOf(ChatSessionUsageError);
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});
