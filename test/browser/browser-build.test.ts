// dist/browser.min.js, the single-file browser build, in headless Debian Chromium: a page on one
// loopback origin loads it with <script type="module"> and, with the Cookie scheme, creates a chat
// session on an API server on another loopback origin (CORS with credentials, as a web panel does).
// Then the same for an app bundled by esbuild from dist/index.js (what a bundler user gets), with
// code splitting (the lazy chunks load in the page when first needed) and without.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startLoopbackServer, type LoopbackServer, type ReceivedRequest } from '../support/loopback-server';
import { ROOT } from '../support/reference';
import { sampleResponse } from '../support/samples';

const FILE = path.join(ROOT, 'dist/browser.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const XSRF = 'xsrf-7d1c9e';
const SESSION = 'session-41f0aa';

let browser: Browser;
let context: BrowserContext;
let api: LoopbackServer;
let pages: http.Server;
let pageOrigin: string;
let bundles: string;

beforeAll(async () => {
  if (!fs.existsSync(FILE)) throw new Error('dist/browser.min.js is missing: run `npm run build` first (npm run test:browser does).');
  api = await startLoopbackServer();
  api.handle((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': pageOrigin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE', 'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '', 'Access-Control-Max-Age': '0' });
      return void res.end();
    }
    if (req.method === 'DELETE') return void res.writeHead(204, cors).end();
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(req.url?.startsWith('/Broken/') ? { ChatSessionId: 'x' } : req.url?.endsWith('/Messages') ? [] : sampleResponse));
  });
  const script = fs.readFileSync(FILE);
  bundles = fs.mkdtempSync(path.join(os.tmpdir(), 'chatsession-bundles-'));
  for (const splitting of [true, false]) {
    await esbuild.build({
      stdin: { contents: `export * from ${JSON.stringify(path.join(ROOT, 'dist/index.js'))};`, resolveDir: ROOT, loader: 'js' },
      bundle: true, format: 'esm', platform: 'browser', minify: true, splitting, outdir: path.join(bundles, splitting ? 'split' : 'one'), logLevel: 'silent',
    });
  }
  pages = http.createServer((req, res) => {
    if (req.url === '/browser.min.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return void res.end(script);
    }
    const bundled = /^\/(split|one)\/([\w.-]+\.js)$/.exec(req.url ?? '');
    if (bundled && fs.existsSync(path.join(bundles, bundled[1]!, bundled[2]!))) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return void res.end(fs.readFileSync(path.join(bundles, bundled[1]!, bundled[2]!)));
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>web panel</title>');
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(pages.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  context = await browser.newContext();
  // The signed-in SuperOffice session's cookie, set for the API's host.
  await context.addCookies([{ name: 'SuperOfficeSession', value: SESSION, url: api.url, sameSite: 'Lax' }]);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await new Promise((resolve) => pages?.close(resolve));
  if (bundles) fs.rmSync(bundles, { recursive: true, force: true });
});

/** Opens the page, runs `body` as a module that imports `file` (of the page's origin), and returns what it resolved to and the scripts the page loaded. */
async function inPage(body: string, file = '/browser.min.js') {
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => request.url().endsWith('.js') && scripts.push(new URL(request.url()).pathname));
  await page.goto(`${pageOrigin}/`);
  const result = await page.evaluate(
    async ({ body, src }) => {
      const script = document.createElement('script');
      script.type = 'module';
      const done = new Promise((resolve) => ((window as unknown as { done: (v: unknown) => void }).done = resolve));
      script.textContent = `import * as lib from '${src}';\n(async () => { ${body} })().then((v) => window.done({ ok: v }), (e) => window.done({ error: e.name + ': ' + e.message }));`;
      document.head.append(script);
      return done;
    },
    { body, src: `${pageOrigin}${file}` },
  );
  await page.close();
  return { result: result as { ok?: unknown; error?: string }, errors, scripts };
}

const requestsFrom = (start: number): ReceivedRequest[] => api.requests.slice(start);

test('Cookie scheme from another origin: the preflight passes, X-XSRF-TOKEN and the session cookie are sent, create() resolves', async () => {
  const start = api.requests.length;
  const { result, errors } = await inPage(`
    const client = lib.createChatSessionClient({ baseUrl: '${api.url}/Cust1', auth: { scheme: 'Cookie', xsrfToken: () => '${XSRF}' } });
    const s = await client.create({ CustomerName: 'Kris' }, { select: ['CustomerName', 'ChatSessionId'] });
    return { id: s.ChatSessionId, name: s.CustomerName };
  `);
  expect(errors).toEqual([]);
  expect(result).toEqual({ ok: { id: sampleResponse.ChatSessionId, name: sampleResponse.CustomerName } });
  const [preflight, post, ...rest] = requestsFrom(start);
  expect(rest).toEqual([]);
  expect(preflight).toMatchObject({ method: 'OPTIONS', url: '/Cust1/api/v1/ChatSession?$select=CustomerName,ChatSessionId' });
  expect(preflight!.headers.origin).toBe(pageOrigin);
  expect(preflight!.headers['access-control-request-method']).toBe('POST');
  expect(preflight!.headers['access-control-request-headers']!.split(',').sort()).toEqual(['content-type', 'x-xsrf-token']);
  expect(post).toMatchObject({ method: 'POST', url: '/Cust1/api/v1/ChatSession?$select=CustomerName,ChatSessionId' });
  expect(post!.headers['x-xsrf-token']).toBe(XSRF);
  expect(post!.headers.cookie).toBe(`SuperOfficeSession=${SESSION}`);
  expect(post!.headers.authorization).toBeUndefined();
  expect(JSON.parse(post!.body)).toEqual({ CustomerName: 'Kris' });
});

test('the lazily loaded operations work from the one file: get, patch, messages, and delete (a 204, which Chromium hands over with an empty body stream)', async () => {
  const start = api.requests.length;
  const { result, errors } = await inPage(`
    const client = lib.createChatSessionClient({ baseUrl: '${api.url}/Cust1', auth: { scheme: 'Cookie', xsrfToken: '${XSRF}' } });
    const got = await client.get(196, { select: ['CustomerName'] });
    const patched = await client.patch(196, [{ op: 'replace', path: 'CustomerName', value: 'Kris' }]);
    const messages = await client.messages(196);
    return { got: got.CustomerName, patched: patched.ChatSessionId, messages, deleted: (await client.delete(196)) === undefined };
  `);
  expect(errors).toEqual([]);
  expect(result).toEqual({ ok: { got: sampleResponse.CustomerName, patched: sampleResponse.ChatSessionId, messages: [], deleted: true } });
  const sent = requestsFrom(start).filter((r) => r.method !== 'OPTIONS');
  expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
    'GET /Cust1/api/v1/ChatSession/196?$select=CustomerName',
    'PATCH /Cust1/api/v1/ChatSession/196',
    'GET /Cust1/api/v1/ChatSession/196/Messages',
    'DELETE /Cust1/api/v1/ChatSession/196',
  ]);
  expect(sent.every((r) => r.headers['x-xsrf-token'] === XSRF && r.headers.cookie === `SuperOfficeSession=${SESSION}`)).toBe(true);
});

test('validateResponses is refused with a ChatSessionUsageError before anything is sent (the file has no validator)', async () => {
  const start = api.requests.length;
  const { result, errors } = await inPage(`
    const client = lib.createChatSessionClient({ baseUrl: '${api.url}/Cust1', auth: { scheme: 'Cookie', xsrfToken: '${XSRF}' }, validateResponses: true });
    return client.create({ CustomerName: 'Kris' });
  `);
  expect(errors).toEqual([]);
  expect(result.error).toMatch(/^ChatSessionUsageError: validateResponses is not available in the single-file browser build/);
  expect(requestsFrom(start)).toEqual([]);
});

test('one file: no import of anything, no Node API, no validator', () => {
  const code = fs.readFileSync(FILE, 'utf8');
  expect(code).not.toMatch(/\bimport\s*\(|\bimport\s*["'{*]|\bfrom\s*["']|\brequire\(|\bBuffer\.|node:/);
  expect(code).not.toContain('keyword:"maximum"'); // the generated validator's error records
  expect(code).toMatch(/export\s*\{[^}]*createChatSessionClient/);
});

describe('an app bundled by esbuild from the package (dist/index.js), for the browser', () => {
  // create, get (the first call of a lazy operation), delete (a 204), then a body that breaks the spec
  // (the server answers one under /Broken/), all with validateResponses; `steps` counts the scripts
  // the page had loaded after create and after get.
  const calls = () => `
    const options = { auth: { scheme: 'Cookie', xsrfToken: '${XSRF}' }, validateResponses: true };
    const client = lib.createChatSessionClient({ baseUrl: '${api.url}/Cust1', ...options });
    const scripts = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).length;
    const created = await client.create({ CustomerName: 'Kris' });
    const afterCreate = scripts();
    const got = await client.get(196, { select: ['CustomerName'] });
    const afterGet = scripts();
    await client.delete(196);
    const broken = await lib.createChatSessionClient({ baseUrl: '${api.url}/Broken', ...options }).get(196)
      .then(() => 'resolved', (e) => e.name + ' ' + e.issues.map((i) => i.path).join());
    return { created: created.ChatSessionId, got: got.CustomerName, broken, afterCreate, afterGet };`;
  const expected = () => ({ created: sampleResponse.ChatSessionId, got: sampleResponse.CustomerName, broken: 'ChatSessionValidationError /ChatSessionId' });

  test('with code splitting: create loads no operation chunk, get loads it, validateResponses loads the validator', async () => {
    const { result, errors, scripts } = await inPage(calls(), '/split/stdin.js');
    expect(errors).toEqual([]);
    const ok = result.ok as { afterCreate: number; afterGet: number };
    expect(ok).toMatchObject(expected());
    const lazy = (name: string) => scripts.filter((s) => s.startsWith(`/split/${name}-`));
    expect(lazy('validation')).toHaveLength(1);
    expect(lazy('lazy-operations')).toHaveLength(1);
    expect(scripts.indexOf(lazy('lazy-operations')[0]!)).toBeGreaterThanOrEqual(ok.afterCreate);
    expect(ok.afterGet).toBeGreaterThan(ok.afterCreate);
  });

  test('without code splitting: one file, the same calls work', async () => {
    const { result, errors, scripts } = await inPage(calls(), '/one/stdin.js');
    expect(errors).toEqual([]);
    expect(result.ok).toMatchObject(expected());
    expect(scripts).toEqual(['/one/stdin.js']);
  });

  test('no Node API in any output file', () => {
    const outputs = ['split', 'one'].flatMap((dir) => fs.readdirSync(path.join(bundles, dir)).map((file) => path.join(dir, file)));
    const withNode = outputs.filter((file) => /\bnode:|\brequire\(|\bBuffer\.|process\.env/.test(fs.readFileSync(path.join(bundles, file), 'utf8')));
    expect(outputs.length).toBeGreaterThan(2);
    expect(withNode).toEqual([]);
  });
});
