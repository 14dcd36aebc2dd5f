// Contract tests of every operation transcribed from the sibling pages, against the Prism mock of the
// spec (started once by test/support/global-setup.cts): the page's sample request gets the page's
// sample response; no credentials get 401; a path parameter of the wrong type, a query parameter of
// the wrong type and an invalid body get 400. What Prism cannot do is shown at the end (and in the
// README's table "What the mock cannot check").
import { ChatSessionResponseError, createChatSessionClient } from '../../src/index';
import { rejectionOf } from '../support/assertions';
import { validatorForSchema } from '../support/ajv';
import { operationOf, specParameterName, successOf } from '../support/operations';
import { pages, type Page } from '../support/pages';
import { prismUrl } from '../support/prism';

const all = pages();
const page = (operationId: string) => all.find((p) => operationOf(p).operationId === operationId)!;
const BEARER = { authorization: 'Bearer mock-token' };
/** Values for the path parameters of the pages' paths. */
const PATH_VALUES: Record<string, string> = { id: '5', chatSessionId: '5', chatTopicId: '7', toAssociate: 'tje0' };

interface Call {
  auth?: boolean;
  pathValues?: Record<string, string>;
  query?: string;
  body?: string;
  contentType?: string;
  accept?: string;
}

/** Sends the page's sample request (or a variant of it) to the mock. */
function send(p: Page, { auth = true, pathValues = {}, query = '', body, contentType, accept = 'application/json' }: Call = {}): Promise<Response> {
  const path = p.path.replace(/\{(\w+)\}/g, (_all, name: string) => encodeURIComponent(pathValues[name] ?? PATH_VALUES[name]!));
  const sampleBody = p.sampleRequest.body === undefined ? undefined : JSON.stringify(p.sampleRequest.body);
  const type = contentType ?? p.sampleRequest.headers['Content-Type']?.split(';')[0];
  const headers: Record<string, string> = { accept, ...(auth ? BEARER : {}), ...(type ? { 'content-type': type } : {}) };
  return fetch(`${prismUrl()}${path}${query}`, { method: p.method, headers, body: body ?? sampleBody });
}

/** Prism lists what it found wrong with a request in the sl-violations header. */
const violations = (response: Response): { location: string[]; message: string }[] => JSON.parse(response.headers.get('sl-violations') ?? '[]');
const where = (response: Response) => violations(response).map((v) => v.location.join('.'));

/** A body of the right JSON shape with one property of the wrong type or value, per request body schema. */
const INVALID_BODIES: Record<string, [string, string]> = {
  PutChatSessionEntity: [JSON.stringify({ CustomerName: 'Kris', Rating: 'five' }), 'request.body.Rating'],
  AddChatMessage: [JSON.stringify({ Message: 'hi', Type: 'Robot' }), 'request.body.Type'],
  PatchChatSessionEntity: [JSON.stringify([{ op: 'move', from: '/FirstMessage', path: '/LastMessage' }]), 'request.body.0'],
};
/** A query parameter of the wrong type, per operation that has typed ones. */
const INVALID_QUERIES: Record<string, [string, string]> = {
  GetAllChatSessions: ['?$top=ten', 'request.query.$top'],
  GetChatTopicSessions: ['?$skip=-x', 'request.query.$skip'],
  GetChatMessages: ['?after=last', 'request.query.after'],
  GetChatTranscript: ['?html=maybe', 'request.query.html'],
};

test('every page has its contract cases', () => {
  const withBody = all.filter((p) => p.requestBody).map((p) => operationOf(p).operationId);
  expect(withBody.sort()).toEqual(Object.keys(INVALID_BODIES).sort());
  const withTypedQuery = all.filter((p) => p.queryParameters.some((q) => q.type !== 'string')).map((p) => operationOf(p).operationId);
  expect(withTypedQuery.sort()).toEqual(Object.keys(INVALID_QUERIES).sort());
});

describe.each(all.map((p) => [`${p.method} ${p.path}`, p] as const))('%s', (_name, p) => {
  const operation = operationOf(p);
  const { status } = successOf(operation);

  // Also shows the routing: GET /default, GET /ForCurrentUser and POST /Pickup are answered by their own operation, not by {id}.
  test('the page\'s sample request → the page\'s sample response, valid against the spec', async () => {
    const response = await send(p);
    expect({ status: response.status, violations: violations(response) }).toEqual({ status: Number(status), violations: [] });
    if (status === '204') return expect(await response.text()).toBe('');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body).toEqual(p.sampleResponse.body);
    expect(validatorForSchema(successOf(operation).response.content['application/json'].schema)(body)).toBe(true);
  });

  test('no credentials → 401, naming the security problem, no body', async () => {
    const response = await send(p, { auth: false });
    expect(response.status).toBe(401);
    expect(violations(response)).toEqual([expect.objectContaining({ location: ['request'], message: 'Invalid security scheme used' })]);
    expect(await response.text()).toBe('');
  });

  const intParameter = p.pathParameters.find((param) => param.type === 'int32');
  // Only where the page has something a request can get wrong: an integer path parameter, a typed query parameter, a body.
  if (intParameter) test('a path parameter that is not an integer → 400', async () => {
    const response = await send(p, { pathValues: { [intParameter!.name]: 'abc' } });
    expect(response.status).toBe(400);
    // Prism names path parameters in lower case.
    expect(where(response)).toContain(`request.path.${specParameterName(p, intParameter!.name).toLowerCase()}`);
    expect(await response.text()).toBe('');
  });

  const invalidQuery = INVALID_QUERIES[operation.operationId];
  if (invalidQuery) test('a query parameter of the wrong type → 400', async () => {
    const response = await send(p, { query: invalidQuery![0] });
    expect(response.status).toBe(400);
    expect(where(response).map((w) => w.toLowerCase())).toContain(invalidQuery![1].toLowerCase());
  });

  const invalidBody = INVALID_BODIES[operation.operationId];
  if (invalidBody) test('an invalid body → 400 naming the field; no body → 400', async () => {
    const response = await send(p, { body: invalidBody![0] });
    expect(response.status).toBe(400);
    expect(where(response).some((w) => w.startsWith(invalidBody![1]))).toBe(true);
    const empty = await fetch(`${prismUrl()}${p.path.replace(/\{(\w+)\}/g, '5')}`, { method: p.method, headers: { ...BEARER, 'content-type': 'application/json' } });
    expect(empty.status).toBe(400);
    expect(violations(empty)).toEqual([expect.objectContaining({ message: 'Body parameter is required' })]);
  });
});

describe('PATCH: the three request content types', () => {
  const patch = page('PatchChatSessionEntity');
  test.each([
    ['application/json', '[{"op":"replace","path":"CustomerName","value":"Kris"}]'],
    ['application/json', '{"CustomerName":"Kris"}'],
    ['application/json-patch+json', '[{"op":"test","path":"/Status","value":"InQueue"},{"op":"remove","path":"/Person"}]'],
    ['application/merge-patch+json', '{"CustomerName":"Kris","Person":null}'],
  ])('%s %s → 200', async (contentType, body) => {
    const response = await send(patch, { contentType, body });
    expect({ status: response.status, violations: violations(response) }).toEqual({ status: 200, violations: [] });
  });
  test('a JSON Patch operation the page does not support (copy) → 400', async () => {
    const response = await send(patch, { contentType: 'application/json-patch+json', body: '[{"op":"copy","from":"/FirstMessage","path":"/LastMessage"}]' });
    expect(response.status).toBe(400);
  });
});

// What the mock cannot check (README: "What the mock cannot check"). Each case shows what Prism 5.14 does.
describe('what Prism cannot do for these operations', () => {
  test('.NET\'s boolean spelling `True`/`False` (the pages\' examples) is rejected as not a boolean, though servers accept it', async () => {
    const transcript = await send(page('GetChatTranscript'), { query: '?html=False' });
    expect(transcript.status).toBe(400);
    expect(violations(transcript)[0]?.message).toBe('Request query parameter html must be boolean');
    const archive = await send(page('GetAllChatSessions'), { query: '?$jsonSafe=True' });
    expect(archive.status).toBe(400);
  });

  test('PATCH: Prism matches media types without their +json suffix, so it checks all three types against the application/json union: a merge patch sent as application/json-patch+json, or a JSON Patch sent as application/merge-patch+json, is accepted', async () => {
    const patch = page('PatchChatSessionEntity');
    const mergeAsJsonPatch = await send(patch, { contentType: 'application/json-patch+json', body: '{"CustomerName":"Kris"}' });
    expect({ status: mergeAsJsonPatch.status, violations: violations(mergeAsJsonPatch) }).toEqual({ status: 200, violations: [] });
    const jsonPatchAsMerge = await send(patch, { contentType: 'application/merge-patch+json', body: '[{"op":"remove","path":"/Person"}]' });
    expect({ status: jsonPatchAsMerge.status, violations: violations(jsonPatchAsMerge) }).toEqual({ status: 200, violations: [] });
    const wrongMerge = await send(patch, { contentType: 'application/merge-patch+json', body: '{"Rating":"five"}' });
    expect(violations(wrongMerge).map((v) => v.message)).toContain('Request body must match exactly one schema in oneOf');
  });

  test('the transcript as text/json: Prism writes the string without JSON quotes', async () => {
    const response = await send(page('GetChatTranscript'), { accept: 'text/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/json/);
    expect(await response.text()).toBe('quo'); // JSON would be "quo"
  });

  test('arrays and objects as text/json or text/xml: 500 "Cannot serialise complex objects as text"', async () => {
    for (const [operationId, accept] of [['GetChatMessages', 'text/json'], ['GetAllChatSessions', 'text/xml'], ['ResetChatSession', 'text/json']] as const) {
      const response = await send(page(operationId), { accept });
      expect({ operationId, status: response.status }).toEqual({ operationId, status: 500 });
    }
  });

  test('the static mock answers every id with the page sample: no 404 for an unknown id, no null from Pickup, no effect of $select, $filter or $top', async () => {
    const unknown = await send(page('GetChatSessionEntity'), { pathValues: { id: '2147483647' } });
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toEqual(page('GetChatSessionEntity').sampleResponse.body);
    const pickup = await send(page('PickUpChatSession'));
    expect(await pickup.json()).not.toBeNull();
    const top = await send(page('GetAllChatSessions'), { query: "?$top=1&$filter=name%20begins%20'S'&$select=name" });
    expect((await top.json()).value).toHaveLength(2);
  });

  test('listPages and topicSessionPages cannot walk the static mock: the pages\' sample odata.nextLink is a word ("eum", "repellendus"), not a link to the list, so the client refuses to follow it after the first page', async () => {
    const client = createChatSessionClient({ baseUrl: prismUrl(), auth: { scheme: 'Bearer', token: 'tok' } });
    for (const pagesOf of [() => client.listPages({ maxPages: 2 }), () => client.topicSessionPages(7, { maxPages: 2 })]) {
      const seen: unknown[] = [];
      const error = await rejectionOf((async () => { for await (const p of pagesOf()) seen.push(p.value?.length); })());
      expect(seen).toEqual([2]);
      expect(error).toBeInstanceOf(ChatSessionResponseError);
      expect((error as Error).message).toMatch(/odata\.nextLink does not point to/);
    }
  });

  test('the page\'s lower-case spelling `$mode=full` is rejected: the spec takes the type column\'s names', async () => {
    const response = await send(page('GetAllChatSessions'), { query: '?$mode=full' });
    expect(response.status).toBe(400);
  });
});

describe('through the client\'s typed client.raw (openapi-fetch with the auth middleware)', () => {
  test('GET {id}, PATCH with JSON Patch, GET Messages and DELETE reach the mock with credentials and typed results', async () => {
    const client = createChatSessionClient({ baseUrl: prismUrl(), auth: { scheme: 'Bearer', token: 'tok' } });
    const got = await client.raw.GET('/api/v1/ChatSession/{id}', { params: { path: { id: 5 }, query: { $select: 'CustomerName' } } });
    expect(got.response.status).toBe(200);
    expect(got.data?.ChatSessionId).toBe(228);
    const patched = await client.raw.PATCH('/api/v1/ChatSession/{id}', {
      params: { path: { id: 5 } },
      body: [{ op: 'replace', path: 'CustomerName', value: 'Kris' }],
    });
    expect({ status: patched.response.status, violations: violations(patched.response) }).toEqual({ status: 200, violations: [] });
    const messages = await client.raw.GET('/api/v1/ChatSession/{chatSessionId}/Messages', { params: { path: { chatSessionId: 5 }, query: { after: 106 } } });
    expect(messages.data?.[0]?.Type).toBe('Invalid');
    const deleted = await client.raw.DELETE('/api/v1/ChatSession/{id}', { params: { path: { id: 5 } } });
    expect(deleted.response.status).toBe(204);
  });
});
