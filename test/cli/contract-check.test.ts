// The contract check's exchange and report (src/cli/contract-check.ts, contract-report.ts) in this
// process, against more hostile servers than contract-hostile.test.ts spawns the CLI for: Prism's
// engine is loaded once here, the way the CLI loads it.
import net from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { checkExchange, type Exchange } from '../../src/cli/contract-check';
import { stepReport } from '../../src/cli/contract-report';
import { startDeadline } from '../../src/cli/deadline';
import { createIo } from '../../src/cli/io';
import { loadPrism, type Prism } from '../../src/cli/prism';
import { CREATE_STEP } from '../../src/cli/lifecycle-steps';
import { redactor, secretsOf } from '../../src/cli/redact';
import type { IHttpOperation } from '@stoplight/types';
import { json, startLoopbackServer, useLoopbackServer } from '../support/loopback-server';
import { ROOT } from '../support/reference';
import { sampleRequest, sampleResponse } from '../support/samples';
import { expectNoSecretIn, SECRETS } from './hostile';

const SPEC = path.join(ROOT, 'generated/openapi.json');
let prism: Prism;
let operations: IHttpOperation[];
beforeAll(async () => {
  prism = await loadPrism(SPEC);
  operations = await prism.http.getHttpOperationsFromSpec(SPEC);
});

const server = useLoopbackServer(json(200, sampleResponse));
const auth = { scheme: 'Bearer', token: SECRETS.SO_BEARER_TOKEN } as const;

/** Runs the create step's check against `baseUrl` within `timeoutMs`; returns the exchange and the step's report as printed. */
async function check(baseUrl = server.url, { timeoutMs = 5000, allowInsecureHttp = false } = {}): Promise<{ exchange: Exchange; printed: string; conforms: boolean }> {
  const deadline = startDeadline(timeoutMs);
  try {
    const options = { baseUrl, auth, appToken: SECRETS.SO_APP_TOKEN, timeoutMs, allowInsecureHttp };
    const exchange = await checkExchange(prism, operations, options, (client) => CREATE_STEP.call(client, { entity: sampleRequest, id: 0, signal: deadline.signal }));
    let printed = '';
    const sink = new Writable({ write: (chunk, _encoding, done) => done(void (printed += chunk)) });
    const io = createIo(redactor(secretsOf({ SO_BEARER_TOKEN: SECRETS.SO_BEARER_TOKEN, SO_APP_TOKEN: SECRETS.SO_APP_TOKEN })), sink, sink);
    const report = stepReport(exchange, CREATE_STEP.promised, io.redact, timeoutMs);
    io.out(report.lines);
    expectNoSecretIn(printed, [SECRETS.SO_BEARER_TOKEN, SECRETS.SO_APP_TOKEN]);
    return { exchange, printed, conforms: report.conforms };
  } finally {
    deadline.clear();
  }
}

test('a server that honours the contract: the credentials went out, Prism found nothing', async () => {
  const { printed, conforms } = await check();
  expect(conforms).toBe(true);
  expect(printed).toBe('  response: 200 (application/json; charset=utf-8)\n');
  expect(server.requests[0]!.headers).toMatchObject({ authorization: `Bearer ${SECRETS.SO_BEARER_TOKEN}`, 'so-apptoken': SECRETS.SO_APP_TOKEN });
});

test('a body that starts and stalls: stopped at the time limit, the connection closed', async () => {
  server.handle((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"ChatSessionId": 1,');
  });
  const started = performance.now();
  const { printed, conforms } = await check(server.url, { timeoutMs: 1000 });
  expect(performance.now() - started).toBeLessThan(3000);
  expect(conforms).toBe(false);
  expect(printed).toContain('✗ no complete response from the server within 1000 ms (--timeout-ms)');
  expect(await server.busyConnections()).toBe(0);
});

test('a redirect is reported as the status it is; the target gets nothing', async () => {
  const target = await startLoopbackServer(json(200, sampleResponse));
  try {
    server.handle((_req, res) => {
      res.writeHead(307, { location: `${target.url}/api/v1/ChatSession` });
      res.end();
    });
    const { printed } = await check();
    expect(printed).toContain('  ✗ the server answered 307 Temporary Redirect with no body');
    expect(target.requests).toHaveLength(0);
  } finally {
    await target.close();
  }
});

test.each([
  ['declared in Content-Length', true, /✗ the response body is \d+ bytes, more than the 1048576 bytes the check reads; not checked/],
  ['chunked, no length', false, /✗ the response body is more than the 1048576 bytes the check reads; not checked/],
])('a body over 1 MiB (%s) is not read whole', async (_name, declared, line) => {
  server.handle((_req, res) => {
    const chunk = 'x'.repeat(64 * 1024);
    res.writeHead(200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(chunk.length * 40) } : {}) });
    for (let i = 0; i < 40; i++) res.write(chunk);
    res.end();
  });
  const { printed, conforms } = await check();
  expect(conforms).toBe(false);
  expect(printed).toMatch(line);
});

test('200 with an empty body, and with text that is not JSON: named, not a 500 of Prism\'s', async () => {
  server.handle(json(200, ''));
  expect((await check()).printed).toContain('  response: 200 (application/json; charset=utf-8)\n  ✗ response.body: Response body must be object\n  ✗ response.body: empty; the spec promises the saved chat session\n');
  server.handle(json(200, '{"ChatSessionId": 1'));
  expect((await check()).printed).toContain('✗ response.body: not JSON (19 characters)');
});

test('a body with thousands of violations (an array of 50 000 wrong items): the first 50 printed and the rest counted, not 50 000 lines', () => {
  const violations = Array.from({ length: 50_000 }, (_, i) => ({ location: `response.body.${i}`, message: `Response body property ${i} must be object`, severity: 'Error' as const }));
  const response = { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, text: '[]' };
  const report = stepReport({ request: { method: 'GET', url: server.url }, response, json: [], violations }, { description: 'the messages (an array)' }, (text) => text, 5000);
  expect(report.lines).toHaveLength(1 + 50 + 1);
  expect(report.lines[50]).toBe('  ✗ response.body.49: Response body property 49 must be object');
  expect(report.lines[51]).toBe('  ✗ … and 49950 more violations, not shown');
  expect(report.reasons).toEqual(['50000 violations']);
});

test('an answer that is not HTTP, and a connection reset: no complete response, with the reason', async () => {
  const garbage = net.createServer((socket) => socket.end('SSH-2.0-OpenSSH\r\n\r\n'));
  await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
  try {
    const { printed } = await check(`http://127.0.0.1:${(garbage.address() as net.AddressInfo).port}`);
    expect(printed).toMatch(/✗ no complete response from the server: (the answer is not valid HTTP \(HPE_\w+\)|the connection was closed before a complete response \(\w+\))/);
  } finally {
    garbage.close();
  }
  server.handle((_req, res) => void res.socket?.destroy());
  expect((await check()).printed).toMatch(/✗ no complete response from the server: the connection was closed before a complete response \((UND_ERR_SOCKET|ECONNRESET)\)/);
});

test('hostile response headers (the credential in Content-Type, a passed-on sl-violations): redacted, never believed', async () => {
  server.handle((req, res) => {
    const token = req.headers.authorization!.slice('Bearer '.length);
    res.writeHead(200, { 'content-type': `application/json; t=${token}`, 'sl-violations': '[]' });
    res.end(JSON.stringify(sampleResponse));
  });
  const { printed, conforms } = await check();
  expect(conforms).toBe(false);
  expect(printed).toContain('  response: 200 (application/json; t=[REDACTED])');
  // Prism's validator throws on that Content-Type (the parameter does not parse): unchecked, not "conforms".
  expect(printed).toContain('  ✗ response: could not be checked: invalid parameter format\n');
});

test('--allow-insecure-http: plain http to an address that is not loopback by name goes out', async () => {
  const { conforms } = await check(`http://[::ffff:127.0.0.1]:${new URL(server.url).port}`, { allowInsecureHttp: true });
  expect(conforms).toBe(true);
  expect(server.requests).toHaveLength(1);
});
