// Auth and SuperOffice headers on the wire, byte for byte, against a header-capturing loopback server.
import type { ChatSessionAuth } from '../../src/index';
import { json, useLoopbackServer } from '../support/loopback-server';
import { clientFor } from '../support/client';
import { sampleRequest, sampleResponse } from '../support/samples';

const server = useLoopbackServer(json(200, sampleResponse));

/** The raw header lines named `name` (case-insensitive), as they crossed the wire. */
const rawHeader = (name: string) => {
  const raw = server.requests[0]!.rawHeaders;
  return raw.flatMap((value, i) => (i % 2 === 1 && raw[i - 1]!.toLowerCase() === name.toLowerCase() ? [value] : []));
};

const cases: [string, ChatSessionAuth, string | undefined, string | undefined][] = [
  // The page's sample request: Authorization: Basic dGplMDpUamUw is tje0:Tje0.
  ['Basic (the page sample)', { scheme: 'Basic', username: 'tje0', password: 'Tje0' }, 'Basic dGplMDpUamUw', undefined],
  ['Basic with a UTF-8 password', { scheme: 'Basic', username: 'jørgen', password: 'pässwörd€' }, `Basic ${Buffer.from('jørgen:pässwörd€', 'utf8').toString('base64')}`, undefined],
  ['Basic with a colon in the password', { scheme: 'Basic', username: 'u', password: 'a:b' }, 'Basic dTphOmI=', undefined],
  ['SoTicket', { scheme: 'SoTicket', ticket: '7T:1234abcd' }, 'SOTicket 7T:1234abcd', undefined],
  ['Bearer', { scheme: 'Bearer', token: 'eyJhbGciOi.abc.def' }, 'Bearer eyJhbGciOi.abc.def', undefined],
  ['Cookie (XSRF)', { scheme: 'Cookie', xsrfToken: 'xsrf-123' }, undefined, 'xsrf-123'],
];

test.each(cases)('%s', async (_name, auth, authorization, xsrf) => {
  const client = clientFor(server, { auth });
  await client.create(sampleRequest);
  expect(rawHeader('Authorization')).toEqual(authorization === undefined ? [] : [authorization]);
  expect(rawHeader('X-XSRF-TOKEN')).toEqual(xsrf === undefined ? [] : [xsrf]);
});

test('Cookie auth asks the browser to send its session cookie (credentials: include)', async () => {
  const seen: Request[] = [];
  const client = clientFor('https://online.superoffice.com/Cust12345', {
    auth: { scheme: 'Cookie', xsrfToken: 'x' },
    fetch: async (request) => {
      seen.push(request);
      return new Response(JSON.stringify(sampleResponse), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  await client.create(sampleRequest);
  expect(seen[0]!.credentials).toBe('include');
  expect(seen[0]!.url).toBe('https://online.superoffice.com/Cust12345/api/v1/ChatSession');
});

test('every SO-* header, Accept-Language, Accept and Content-Type', async () => {
  const client = clientFor(`${server.url}/Cust12345/`, {
    auth: { scheme: 'Bearer', token: 't' },
    appToken: 'app-token-1',
    language: 'no',
    acceptLanguage: 'fr,de,ru,zh',
    culture: 'nb',
    timeZone: 'CET',
  });
  await client.create(sampleRequest);
  const req = server.requests[0]!;
  expect(req.method).toBe('POST');
  expect(req.url).toBe('/Cust12345/api/v1/ChatSession');
  expect(req.headers).toMatchObject({
    'so-apptoken': 'app-token-1',
    'so-language': 'no',
    'accept-language': 'fr,de,ru,zh',
    'so-culture': 'nb',
    'so-timezone': 'CET',
    accept: 'application/json',
    'content-type': 'application/json',
  });
});

test('per-call options override language, culture and time zone, and add headers', async () => {
  const client = clientFor(server, { language: 'no', culture: 'nb', timeZone: 'CET' });
  await client.create(sampleRequest, { language: 'en', culture: 'en', timeZone: 'UTC', acceptLanguage: 'en', headers: { 'X-Trace': 'abc', 'Content-Type': 'text/json' } });
  expect(server.requests[0]!.headers).toMatchObject({ 'so-language': 'en', 'so-culture': 'en', 'so-timezone': 'UTC', 'accept-language': 'en', 'x-trace': 'abc', 'content-type': 'text/json' });
  expect(rawHeader('SO-Language')).toEqual(['en']);
});

test('the body is sent unchanged as JSON and the caller\'s object is not mutated', async () => {
  const entity = structuredClone(sampleRequest);
  const frozen = Object.freeze(structuredClone(sampleRequest));
  const client = clientFor(server);
  await client.create(frozen, { select: ['CustomerName'] });
  expect(JSON.parse(server.requests[0]!.body)).toEqual(sampleRequest);
  expect(frozen).toEqual(entity);
});

test('the result is the parsed response body', async () => {
  const client = clientFor(server);
  const session = await client.create(sampleRequest);
  expect(session).toEqual(sampleResponse);
  expect(session.FieldProperties?.fieldName?.FieldType).toBe('System.Int32');
});

test('client.raw goes through the same auth and header middleware', async () => {
  const client = clientFor(server, { auth: { scheme: 'SoTicket', ticket: 'T1' }, appToken: 'A1', culture: 'sv' });
  const { data, response } = await client.raw.POST('/api/v1/ChatSession', { body: sampleRequest });
  expect(response.status).toBe(200);
  expect(data?.ChatSessionId).toBe(341);
  expect(server.requests[0]!.headers).toMatchObject({ authorization: 'SOTicket T1', 'so-apptoken': 'A1', 'so-culture': 'sv' });
});
