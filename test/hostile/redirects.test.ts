// Redirects are never followed, by the operations (POST, GET, PATCH) or client.raw: a second loopback origin records
// everything it receives, and must receive nothing — no credential, no body, not even a request.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChatSessionApiError, ChatSessionRedirectError } from '../../src/index';
import { expectNoEchoes, rejectionOf } from '../support/assertions';
import { clientFor } from '../support/client';
import { json, useLoopbackServer, type Handler } from '../support/loopback-server';
import { ROOT } from '../support/reference';
import { sampleRequest, sampleResponse } from '../support/samples';
import { HOSTILE_CALLS } from './calls';

// Every case is bounded: a hostile server must not be able to hang the suite.
jest.setTimeout(15_000);

const TOKEN = 'Rd7-SECRET-tok3n';
const APP = 'Rd7-SECRET-app9';
const PATH = '/api/v1/ChatSession';
const redirectTo = (status: number, location: () => string): Handler => (_req, res) => {
  res.writeHead(status, { location: location(), 'content-type': 'application/json' });
  res.end(JSON.stringify({ moved: true }));
};

const server = useLoopbackServer();
/** Another origin (another port): answers anything with the sample response, and records it. */
const other = useLoopbackServer(json(200, sampleResponse));
const client = () => clientFor(server, { auth: { scheme: 'Cookie', xsrfToken: TOKEN }, appToken: APP });

describe.each([301, 302, 303, 307, 308])('%i to another origin', (status) => {
  test.each<[string, () => Promise<unknown>]>([
    ...HOSTILE_CALLS.map(([name, call]): [string, () => Promise<unknown>] => [name, () => call(client())]),
    ['client.raw', () => client().raw.POST(PATH, { body: sampleRequest })],
  ])('%s rejects with ChatSessionRedirectError; the other origin receives nothing', async (_name, call) => {
    server.handle(redirectTo(status, () => `${other.url}${PATH}`));
    const error = await rejectionOf(call());
    expect(error).toBeInstanceOf(ChatSessionRedirectError);
    expect(error).toBeInstanceOf(ChatSessionApiError);
    expect(error).toMatchObject({ status, location: `${other.url}${PATH}`, body: undefined });
    expect((error as Error).message).toMatch(new RegExp(`redirect \\(${status} .*it pointed to ${other.url}.*base URL is probably wrong`));
    expect(server.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
    expectNoEchoes(error, [TOKEN, APP]);
  });
});

test.each(HOSTILE_CALLS)('%s: a 307 loop: one request, not twenty', async (_name, call) => {
  server.handle(redirectTo(307, () => `${server.url}${PATH}`));
  expect(await rejectionOf(call(client()))).toBeInstanceOf(ChatSessionRedirectError);
  expect(server.requests).toHaveLength(1);
});

test('a relative Location is shown resolved against the request URL', async () => {
  server.handle(redirectTo(302, () => '/login?next=chat'));
  expect(await rejectionOf(client().create(sampleRequest))).toMatchObject({ location: `${server.url}/login?next=chat` });
});

test("a browser's opaque redirect (target hidden) is refused the same way, and says so", async () => {
  const opaque = Object.defineProperties(new Response(null), { type: { value: 'opaqueredirect' }, status: { value: 0 }, statusText: { value: '' } });
  const error = await rejectionOf(clientFor('https://online.superoffice.com/Cust1', { fetch: async () => opaque }).create(sampleRequest));
  expect(error).toMatchObject({ name: 'ChatSessionRedirectError', status: 0, location: undefined });
  expect((error as Error).message).toMatch(/the browser hides where it pointed/);
});

describe('https → http', () => {
  // A self-signed certificate made now, trusted by a fresh Node process through NODE_EXTRA_CA_CERTS.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redirect-tls-'));
  const [keyFile, certFile] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const secure = useLoopbackServer(redirectTo(307, () => `${other.url}${PATH}`), { key: fs.readFileSync(keyFile, 'utf8'), cert: fs.readFileSync(certFile, 'utf8') });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the built client in a fresh process: ChatSessionRedirectError, and nothing reaches the http origin', async () => {
    const script = `
      import { createChatSessionClient } from ${JSON.stringify(path.join(ROOT, 'dist/index.js'))};
      const client = createChatSessionClient({ baseUrl: process.argv[1], auth: { scheme: 'Bearer', token: ${JSON.stringify(TOKEN)} }, appToken: ${JSON.stringify(APP)}, timeoutMs: 5000 });
      client.create({ CustomerName: 'Kris' }).then(() => console.log('{"resolved":true}'), (e) => console.log(JSON.stringify({ name: e.name, status: e.status, location: e.location, text: String(e) })));
    `;
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--input-type=module', '-e', script, secure.url], { env: { ...process.env, NODE_EXTRA_CA_CERTS: certFile }, timeout: 15_000 }, (error, out) => (error ? reject(error) : resolve(out))),
    );
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ name: 'ChatSessionRedirectError', status: 307, location: `${other.url}${PATH}` });
    expect(result.text).not.toContain(TOKEN);
    expect(secure.requests).toHaveLength(1); // TLS worked: the https origin got the request
    expect(secure.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(other.requests).toHaveLength(0);
  }, 20_000);
});
