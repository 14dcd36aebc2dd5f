// Contract tests against the Prism mock of the spec (started once by test/support/global-setup.cts).
// Each case asserts status, headers and body as a client sees them.
import { createChatSessionClient, type ChatSessionAuth } from '../../src/index';
import { validatorFor } from '../support/ajv';
import { prismUrl } from '../support/prism';
import { sampleRequest, sampleResponse } from '../support/samples';

const URL_PATH = '/api/v1/ChatSession';
const withLinks = validatorFor('ChatSessionEntityWithLinks');
const post = (headers: Record<string, string>, body: string, query = '') => fetch(`${prismUrl()}${URL_PATH}${query}`, { method: 'POST', headers, body });
const JSON_BODY = JSON.stringify(sampleRequest);
const BEARER = { authorization: 'Bearer mock-token' };

/** Prism lists what it found wrong with a request in the sl-violations header. */
const violations = (response: Response): { location: string[]; message: string }[] => JSON.parse(response.headers.get('sl-violations') ?? '[]');

test('Prism starts quickly enough to be started by every test run', () => {
  // Measured by global setup (and printed): 1.1–1.8 s here with all 19 operations on a loaded machine (0.6–1.0 s with POST alone); the bound leaves room for a loaded machine.
  expect(Number(process.env.PRISM_STARTUP_MS)).toBeGreaterThan(0);
  expect(Number(process.env.PRISM_STARTUP_MS)).toBeLessThan(3000);
});

describe('each auth scheme, through the client', () => {
  const schemes: ChatSessionAuth[] = [
    { scheme: 'Basic', username: 'tje0', password: 'Tje0' },
    { scheme: 'SoTicket', ticket: '7T:abc' },
    { scheme: 'Bearer', token: 'tok' },
    { scheme: 'Cookie', xsrfToken: 'xsrf' },
  ];
  test.each(schemes.map((auth) => [auth.scheme, auth] as const))('%s → 200 with a body that validates', async (_name, auth) => {
    const client = createChatSessionClient({ baseUrl: prismUrl(), auth, validateResponses: true });
    const session = await client.create(sampleRequest);
    expect(withLinks(session)).toBe(true);
    expect(session).toEqual(sampleResponse); // static mode: the page's sample response
  });
});

describe('SOTicket: documented as an apiKey in the Authorization header, so Prism can check it', () => {
  test('Authorization: SOTicket <ticket> → 200', async () => {
    const response = await post({ 'content-type': 'application/json', authorization: 'SOTicket 7T:dGVzdA==' }, JSON_BODY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(withLinks(await response.json())).toBe(true);
  });
  test('no credentials → 401, naming the security problem', async () => {
    const response = await post({ 'content-type': 'application/json' }, JSON_BODY);
    expect(response.status).toBe(401);
    expect(violations(response)).toEqual([expect.objectContaining({ location: ['request'], message: 'Invalid security scheme used' })]);
    expect(await response.text()).toBe('');
  });
  test('an empty X-XSRF-TOKEN is not a credential → 401', async () => {
    const response = await post({ 'content-type': 'application/json', 'x-xsrf-token': '' }, JSON_BODY);
    expect(response.status).toBe(401);
  });
});

describe('invalid requests → the spec\'s 400, with the failing field named', () => {
  test.each([
    ['a wrong property type', { ...sampleRequest, Rating: 'five' }, 'Rating', /must be integer/],
    ['a wrong enum', { ...sampleRequest, Status: 'Open' }, 'Status', /must be equal to one of the allowed values/],
    ['a malformed date-time', { ...sampleRequest, WhenRequested: 'yesterday' }, 'WhenRequested', /must match pattern/],
    ['an unknown flag', { ...sampleRequest, Flags: 'CustomerIsTyping, Dancing' }, 'Flags', /must match pattern/],
    ['a nested object of the wrong shape', { ...sampleRequest, User: { AssociateId: 'x' } }, 'User', /must be/],
  ])('%s', async (_name, body, field, message) => {
    const response = await post({ 'content-type': 'application/json', ...BEARER }, JSON.stringify(body));
    expect(response.status).toBe(400);
    const found = violations(response).find((v) => v.location.join('.').startsWith(`request.body.${field}`));
    expect(found?.message).toMatch(message);
    expect(await response.text()).toBe(''); // the vendor documents no 400 body, so the mock sends none
  });
});

test('$select is accepted', async () => {
  const response = await post({ 'content-type': 'application/json', ...BEARER }, JSON_BODY, '?$select=CustomerName,User/AssociateId');
  expect(response.status).toBe(200);
  expect(violations(response)).toEqual([]);
});

test('every SO-* header and Accept-Language is accepted', async () => {
  const client = createChatSessionClient({ baseUrl: prismUrl(), auth: { scheme: 'Bearer', token: 't' }, appToken: 'app', language: 'en', acceptLanguage: 'fr,de,ru,zh', culture: 'en', timeZone: 'UTC' });
  const { response } = await client.raw.POST(URL_PATH, { body: sampleRequest });
  expect(response.status).toBe(200);
  expect(violations(response)).toEqual([]);
});

describe('every request content type of the page', () => {
  test.each([
    ['application/json', JSON_BODY],
    ['application/merge-patch+json', JSON.stringify({ CustomerName: 'Kris', User: null })],
    ['application/x-www-form-urlencoded', 'CustomerName=Kris&Status=InQueue'],
  ])('%s → 200, validated', async (type, body) => {
    const response = await post({ 'content-type': type, ...BEARER }, body);
    expect(response.status).toBe(200);
    expect(violations(response)).toEqual([]);
    expect(withLinks(await response.json())).toBe(true);
  });

  test('application/x-www-form-urlencoded with a wrong enum is rejected (Prism validates form fields)', async () => {
    const response = await post({ 'content-type': 'application/x-www-form-urlencoded', ...BEARER }, 'Status=Open');
    expect(response.status).toBe(400);
  });

  // What the mock cannot check (README: "What the mock cannot check").
  test.each([
    ['text/json', JSON_BODY],
    ['application/xml', '<ChatSessionEntity><CustomerName>Kris</CustomerName></ChatSessionEntity>'],
    ['text/xml', '<ChatSessionEntity><CustomerName>Kris</CustomerName></ChatSessionEntity>'],
  ])('%s: Prism does not parse the body, so even a valid one is rejected as "not an object"', async (type, body) => {
    const response = await post({ 'content-type': type, ...BEARER }, body);
    expect(response.status).toBe(400);
    expect(violations(response)).toEqual([expect.objectContaining({ location: ['request', 'body'], message: 'Request body must be object' })]);
  });

  test('application/json-patch+json: Prism matches media types without their +json suffix, so it checks a JSON Patch against the entity schema and rejects it', async () => {
    const patch = JSON.stringify([{ op: 'replace', path: '/CustomerName', value: 'Kris' }]);
    const response = await post({ 'content-type': 'application/json-patch+json', ...BEARER }, patch);
    expect(response.status).toBe(400);
    expect(violations(response)[0]?.message).toBe('Request body must be object');
  });
});

describe('every Accept type of the page', () => {
  test.each(['application/json', 'application/json-patch+json', 'application/merge-patch+json'])('%s → 200 with the sample response as JSON', async (accept) => {
    const response = await post({ 'content-type': 'application/json', accept, ...BEARER }, JSON_BODY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(new RegExp(`^${accept.replace('+', '\\+')}`));
    expect(await response.json()).toEqual(sampleResponse);
  });

  test('application/xml → 200 with XML that Prism generates from the schema (no XML sample exists; element names are Prism\'s guess)', async () => {
    const response = await post({ 'content-type': 'application/json', accept: 'application/xml', ...BEARER }, JSON_BODY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(await response.text()).toMatch(/^<xml><ChatSessionId>-?\d+<\/ChatSessionId>/);
  });

  test.each(['text/json', 'text/xml'])('%s → 500: Prism cannot serialise an object as text/*', async (accept) => {
    const response = await post({ 'content-type': 'application/json', accept, ...BEARER }, JSON_BODY);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ title: 'Cannot serialise complex objects as text' });
  });
});
