// Bad input is refused before anything is sent, with a message that says what to fix.
import { ChatSessionUsageError, createChatSessionClient, type ChatSessionClientOptions } from '../../src/index';
import { json, useLoopbackServer } from '../support/loopback-server';
import { sampleRequest, sampleResponse } from '../support/samples';
import { expectNoSecrets, rejectionOf } from '../support/assertions';

const server = useLoopbackServer(json(200, sampleResponse));
afterEach(() => expect(server.requests).toHaveLength(0)); // nothing reached the server

const base = (): ChatSessionClientOptions => ({ baseUrl: server.url, auth: { scheme: 'Bearer', token: 'tok' } });
type Loose = Record<string, unknown>;
const SECRET = 'S3CRET\r\nX-Injected: yes';

describe('client options', () => {
  const cases: [string, () => Loose, RegExp][] = [
    ['no options', () => null as unknown as Loose, /options must be an object/],
    ['baseUrl missing', () => ({ ...base(), baseUrl: undefined }), /baseUrl must be the tenant URL/],
    ['baseUrl not a URL', () => ({ ...base(), baseUrl: 'online.superoffice.com/Cust1' }), /not an absolute URL/],
    ['baseUrl not http(s)', () => ({ ...base(), baseUrl: 'ftp://online.superoffice.com/Cust1' }), /must start with https:\/\//],
    ['baseUrl with user:password@', () => ({ ...base(), baseUrl: 'https://u:p@online.superoffice.com/Cust1' }), /must not contain user:password@/],
    ['baseUrl with a query', () => ({ ...base(), baseUrl: 'https://online.superoffice.com/Cust1?x=1' }), /query string/],
    ['plain http to a non-loopback host', () => ({ ...base(), baseUrl: 'http://online.superoffice.com/Cust1' }), /plain http:\/\/ to online.superoffice.com.*allowInsecureHttp/],
    ['plain http to a private address', () => ({ ...base(), baseUrl: 'http://10.0.0.5/Cust1' }), /plain http:\/\//],
    ['auth missing', () => ({ ...base(), auth: undefined }), /auth must be an object/],
    ['unknown scheme', () => ({ ...base(), auth: { scheme: 'Digest' } }), /auth.scheme must be one of 'Basic', 'SoTicket', 'Bearer', 'Cookie'/],
    [': in a Basic username', () => ({ ...base(), auth: { scheme: 'Basic', username: 'a:b', password: 'p' } }), /must not contain ":"/],
    ['empty Basic username', () => ({ ...base(), auth: { scheme: 'Basic', username: '', password: 'p' } }), /auth.username must be a non-empty string/],
    ['empty token', () => ({ ...base(), auth: { scheme: 'Bearer', token: '' } }), /auth.token is empty/],
    ['empty ticket', () => ({ ...base(), auth: { scheme: 'SoTicket', ticket: '' } }), /auth.ticket is empty/],
    ['token that is a number', () => ({ ...base(), auth: { scheme: 'Bearer', token: 42 } }), /auth.token must be a string or a function/],
    ['CR/LF in a password', () => ({ ...base(), auth: { scheme: 'Basic', username: 'u', password: SECRET } }), /auth.password .* control character/],
    ['CR/LF in a ticket', () => ({ ...base(), auth: { scheme: 'SoTicket', ticket: SECRET } }), /auth.ticket .* control character/],
    ['CR/LF in a token', () => ({ ...base(), auth: { scheme: 'Bearer', token: SECRET } }), /auth.token .* control character/],
    ['CR/LF in an XSRF token', () => ({ ...base(), auth: { scheme: 'Cookie', xsrfToken: SECRET } }), /auth.xsrfToken .* control character/],
    ['CR/LF in appToken', () => ({ ...base(), appToken: SECRET }), /appToken .* control character/],
    ['LF in language', () => ({ ...base(), language: 'en\nX: y' }), /language \(the SO-Language header\) contains a control character/],
    ['CR in acceptLanguage', () => ({ ...base(), acceptLanguage: 'en\r' }), /acceptLanguage \(the Accept-Language header\)/],
    ['NUL in culture', () => ({ ...base(), culture: 'en\u0000' }), /culture \(the SO-Culture header\)/],
    ['LF in timeZone', () => ({ ...base(), timeZone: 'UTC\n' }), /timeZone \(the SO-TimeZone header\)/],
    ['language that is a number', () => ({ ...base(), language: 7 }), /language \(the SO-Language header\) must be a string/],
    ['negative timeout', () => ({ ...base(), timeoutMs: -1 }), /timeoutMs must be a positive number/],
    ['timeout that is a string', () => ({ ...base(), timeoutMs: '100' }), /timeoutMs must be a positive number/],
    ['slow-call threshold of 0', () => ({ ...base(), slowCallThresholdMs: 0 }), /slowCallThresholdMs must be a positive number/],
    ['onSlowCall not a function', () => ({ ...base(), onSlowCall: 'log' }), /onSlowCall must be a function/],
    ['fetch not a function', () => ({ ...base(), fetch: {} }), /fetch must be a function/],
  ];
  test.each(cases)('%s', (_name, options, message) => {
    let thrown: unknown;
    try {
      createChatSessionClient(options() as unknown as ChatSessionClientOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ChatSessionUsageError);
    expect((thrown as Error).message).toMatch(message);
    expectNoSecrets(thrown, ['S3CRET']);
  });

  test('plain http is allowed to loopback hosts, and elsewhere with allowInsecureHttp', () => {
    for (const baseUrl of ['http://127.0.0.1:1/x', 'http://localhost:1', 'http://[::1]:1', 'http://127.1.2.3']) expect(() => createChatSessionClient({ ...base(), baseUrl })).not.toThrow();
    expect(() => createChatSessionClient({ ...base(), baseUrl: 'http://crm.example.invalid', allowInsecureHttp: true })).not.toThrow();
  });
});

describe('create() input', () => {
  const client = () => createChatSessionClient(base());
  const cases: [string, () => Promise<unknown>, RegExp][] = [
    ['a body that is an array', () => client().create([] as never), /entity must be a plain object .* got an array/],
    ['a body that is null', () => client().create(null as never), /got null/],
    ['a body that is a string', () => client().create('{"CustomerName":"x"}' as never), /got a string/],
    ['a body that is a number', () => client().create(5 as never), /got a number/],
    ['a body that is a Date', () => client().create(new Date() as never), /entity must be a plain object/],
    ['no body', () => client().create(undefined as never), /got a undefined/],
    ['options that are a string', () => client().create(sampleRequest, 'x' as never), /create options must be an object/],
    ['an unknown select path', () => client().create(sampleRequest, { select: ['Bogus' as never] }), /"Bogus" is not a property of ChatSessionEntityWithLinks/],
    ['a select path in the wrong case', () => client().create(sampleRequest, { select: ['customername' as never] }), /did you mean "CustomerName"/],
    ['an unknown nested select path', () => client().create(sampleRequest, { select: ['User/Nope' as never] }), /"User\/Nope" is not a property/],
    ['an empty select', () => client().create(sampleRequest, { select: [] as never }), /select must be a non-empty array/],
    ['select as a string', () => client().create(sampleRequest, { select: 'CustomerName' as never }), /select must be a non-empty array/],
    ['CR/LF in a per-call language', () => client().create(sampleRequest, { language: 'en\r\nX: 1' }), /create option language/],
    ['CR/LF in an extra header value', () => client().create(sampleRequest, { headers: { 'X-Trace': 'a\nb' } }), /headers\["X-Trace"\] .* control character/],
    ['an invalid header name', () => client().create(sampleRequest, { headers: { 'X Trace': 'a' } }), /not a valid header name/],
    ['Authorization in extra headers', () => client().create(sampleRequest, { headers: { Authorization: 'Bearer other' } }), /must not set Authorization/],
    ['an XML Content-Type for create()', () => client().create(sampleRequest, { headers: { 'Content-Type': 'application/xml' } }), /must be application\/json, text\/json or application\/merge-patch\+json/],
    ['a signal that is not an AbortSignal', () => client().create(sampleRequest, { signal: {} as AbortSignal }), /signal must be an AbortSignal/],
  ];
  test.each(cases)('%s', async (_name, call, message) => {
    const error = await rejectionOf(call());
    expect(error).toBeInstanceOf(ChatSessionUsageError);
    expect((error as Error).message).toMatch(message);
  });
});
