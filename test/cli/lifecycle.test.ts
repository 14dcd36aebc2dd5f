// `chatsession lifecycle` and `npm start` (which runs it against the embedded mock): create → get →
// patch → add a message → read the messages → delete, each step a heading on stderr and its result
// as JSON on stdout; against a loopback tenant, the requests in that order, and the created session
// deleted even when a step in between fails (not with --keep).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLEAN_ENV, runCli, type CliRun } from '../support/cli';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-server';
import { ROOT } from '../support/reference';
import { bundled } from '../support/spec';
import { expectNoSecretIn, SECRETS } from './hostile';
import { CREATED_ID, LIFECYCLE_ROUTES, routesOf, tenant } from './lifecycle-server';

const example = (name: string): unknown => bundled.components.examples[name].value;
const ENV = { SO_BEARER_TOKEN: SECRETS.SO_BEARER_TOKEN, SO_APP_TOKEN: SECRETS.SO_APP_TOKEN };
const HEADINGS = [
  /^── 1\/6 create: create a chat session — POST \/api\/v1\/ChatSession$/,
  /^── 2\/6 get: read it back — GET \/api\/v1\/ChatSession\/\d+$/,
  /^── 3\/6 patch: change its CustomerName \(JSON Patch\) — PATCH \/api\/v1\/ChatSession\/\d+$/,
  /^── 4\/6 addMessage: add a message — POST \/api\/v1\/ChatSession\/\d+\/Messages$/,
  /^── 5\/6 messages: read its messages — GET \/api\/v1\/ChatSession\/\d+\/Messages$/,
  /^── 6\/6 delete: delete it — DELETE \/api\/v1\/ChatSession\/\d+$/,
];

/** The JSON documents printed one after the other, pretty-printed (each starts at the beginning of a line). */
const documents = (stdout: string): unknown[] => stdout.split(/\n(?=[[{"])/).filter((text) => text.trim() !== '').map((text) => JSON.parse(text));

/** `npm start` is the build, then this command: `node dist/cli.js lifecycle`. */
const START = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
const START_COMMAND = START.replace(/^npm run build --silent && /, '').split(' ');

test('npm start is the build, then `node dist/cli.js lifecycle`', () => {
  expect(START).toBe('npm run build --silent && node dist/cli.js lifecycle');
});

let server: LoopbackServer;
let failing: LoopbackServer;
let cannotDelete: LoopbackServer;
let deepCreate: LoopbackServer;
let runs: Record<'npmStart' | 'behaves' | 'failsMidway' | 'keep' | 'cannotDelete' | 'deepCreate', Promise<CliRun>>;
beforeAll(async () => {
  server = await startLoopbackServer(tenant());
  failing = await startLoopbackServer(tenant({ fail: ['patch'] }));
  cannotDelete = await startLoopbackServer(tenant({ fail: ['patch', 'delete'] }));
  // Creates session 42, and answers with JSON nested too deeply to print.
  deepCreate = await startLoopbackServer((req, res) => {
    if (req.method !== 'POST' || !req.url.endsWith('/ChatSession')) return tenant()(req, res);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"ChatSessionId":42,"X":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
  });
  const lifecycle = (base: string, ...flags: string[]) => runCli(['lifecycle', ...flags], { ...ENV, SO_BASE_URL: base }, '', { killAfterMs: 15_000 });
  runs = {
    // What `npm start` runs after its build (`npm test` has just built dist/; building again here
    // would empty dist/ under the other test files that run beside this one).
    npmStart: new Promise((resolve) => {
      const started = performance.now();
      execFile(process.execPath, [START_COMMAND[1]!, ...START_COMMAND.slice(2)], { cwd: ROOT, env: CLEAN_ENV, timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr, ms: performance.now() - started, killed: error?.killed === true }),
      );
    }),
    behaves: lifecycle(`${server.url}/Cust1`),
    failsMidway: lifecycle(`${failing.url}/Cust2`),
    keep: lifecycle(`${failing.url}/Cust3`, '--keep'),
    cannotDelete: lifecycle(cannotDelete.url),
    deepCreate: lifecycle(deepCreate.url),
  };
});
afterAll(async () => {
  await Promise.allSettled(Object.values(runs));
  await Promise.all([server?.close(), failing?.close(), cannotDelete?.close(), deepCreate?.close()]);
});

test('npm start: the lifecycle against the embedded mock, each step a heading on stderr and its result as JSON on stdout', async () => {
  const run = await runs.npmStart;
  expect(run.code).toBe(0);
  const headings = run.stderr.split('\n').filter((line) => line.startsWith('── '));
  expect(headings).toHaveLength(7);
  HEADINGS.forEach((heading, i) => expect(headings[i]).toMatch(heading));
  expect(headings[6]).toMatch(/^── done: chat session \d+ was created, read, changed, given a message, and deleted$/);
  expect(run.stderr).toMatch(/(^|\n)chatsession: no base URL given; using the embedded Prism mock at http:\/\/127\.0\.0\.1:\d+\n/);
  expect(run.stderr).toContain('the embedded mock answers every call with the sample of the vendor\'s page and stores nothing');
  expect(documents(run.stdout)).toEqual([
    example('SampleResponse'),
    example('GetChatSessionEntityResponse'),
    example('PatchChatSessionEntityResponse'),
    example('AddChatMessageResponse'),
    example('GetChatMessagesResponse'),
  ]);
}, 60_000);

test('against a tenant: the six requests in order, with the credentials, on the session create returned; exit 0', async () => {
  const run = await runs.behaves;
  expect(run.code).toBe(0);
  expectNoSecretIn(run.stdout + run.stderr, Object.values(SECRETS));
  expect(routesOf(server.requests, '/Cust1')).toEqual(LIFECYCLE_ROUTES);
  const [, , patch, addMessage] = server.requests;
  expect(patch!.headers['content-type']).toBe('application/json-patch+json');
  expect(JSON.parse(patch!.body)).toEqual([{ op: 'replace', path: '/CustomerName', value: 'Kris (lifecycle check)' }]);
  expect(JSON.parse(addMessage!.body)).toMatchObject({ Type: 'ToCustomer', Message: expect.any(String) });
  expect(server.requests.every((r) => r.headers.authorization === `Bearer ${SECRETS.SO_BEARER_TOKEN}`)).toBe(true);
  expect(documents(run.stdout)).toHaveLength(5);
});

test('a step that fails midway: the created session is still deleted; the error on stderr, exit 1', async () => {
  const run = await runs.failsMidway;
  expect(run.code).toBe(1);
  expect(routesOf(failing.requests, '/Cust2')).toEqual([LIFECYCLE_ROUTES[0], LIFECYCLE_ROUTES[1], LIFECYCLE_ROUTES[2], LIFECYCLE_ROUTES[5]]);
  expect(run.stderr).toContain(`chatsession: a step failed; chat session ${CREATED_ID}, which this run created, was deleted\n`);
  expect(run.stderr).toMatch(/\nchatsession: PATCH http:\/\/127\.0\.0\.1:\d+\/Cust2\/api\/v1\/ChatSession\/\d+ failed: 500 Internal Server Error — the server says: \{"Error":"Object reference not set","ErrorType":"NullReferenceException"\}\n$/);
});

test('--keep: a step that fails midway leaves the session (no DELETE)', async () => {
  const run = await runs.keep;
  expect(run.code).toBe(1);
  expect(routesOf(failing.requests, '/Cust3')).toEqual(LIFECYCLE_ROUTES.slice(0, 3));
  expect(run.stderr).toContain(`chatsession: a step failed; chat session ${CREATED_ID}, which this run created, is kept (--keep)\n`);
  expect(run.stderr).not.toContain('deleted');
});

test('a step fails and so does the delete: says how to delete the session, and the step\'s error is the last line', async () => {
  const run = await runs.cannotDelete;
  expect(run.code).toBe(1);
  expectNoSecretIn(run.stdout + run.stderr, Object.values(SECRETS));
  expect(run.stderr).toMatch(
    new RegExp(`\\nchatsession: a step failed, and chat session ${CREATED_ID}, which this run created, could not be deleted \\(DELETE http://127\\.0\\.0\\.1:\\d+/api/v1/ChatSession/${CREATED_ID} failed: 500 Internal Server Error\\); delete it with: chatsession delete ${CREATED_ID}\\nchatsession: PATCH .* failed: 500 `),
  );
});

test('a created session whose answer cannot be printed is still deleted', async () => {
  const run = await runs.deepCreate;
  expect(run.code).toBe(1);
  expect(routesOf(deepCreate.requests, '')).toEqual(['POST /api/v1/ChatSession', 'DELETE /api/v1/ChatSession/42']);
  expect(run.stderr).toMatch(/\nchatsession: a step failed; chat session 42, which this run created, was deleted\nchatsession: error: the server's answer is nested too deeply to print as JSON\n$/);
});
