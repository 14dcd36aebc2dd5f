// `chatsession contract` (the built CLI, spawned) against servers that are dead or hostile: every
// run ends with the right exit code within --timeout-ms and a few seconds, says what happened, and
// prints no credential in any form. The runs start in beforeAll, a few at a time, so the one that
// waits for the time limit overlaps the others. More hostile answers, checked in this process
// without a spawn each: contract-check.test.ts.
import { runCli, type CliRun } from '../support/cli';
import { json, startLoopbackServer, unusedPort, type LoopbackServer } from '../support/loopback-server';
import { sampleResponse } from '../support/samples';
import { echoingServer, expectNoSecretIn, SECRETS } from './hostile';
import { CREATED_ID, routesOf, tenant } from './lifecycle-server';

// The time-limit cases: Prism must load (a second or two; more on a loaded machine) within
// the steps' part of the time (three quarters) before the request goes out.
const TIMEOUT_MS = 12_000;
/** For the server that stops answering midway: create and get must be done before the steps' time is up. */
const MIDWAY_TIMEOUT_MS = 20_000;
/** For the runs that are not about the time limit: room for a loaded machine, so they never end by it. */
const ROOMY_TIMEOUT_MS = 30_000;
/**
 * "Within that bound plus a few seconds": the grace the test allows a loaded machine (two jest
 * workers and several CLIs loading Prism on two cores). Loading Prism is synchronous module loading,
 * which no timer can interrupt, so on a busy machine the process may end that much after the bound.
 */
const GRACE_MS = 10_000;
const bearer = { SO_BEARER_TOKEN: SECRETS.SO_BEARER_TOKEN, SO_APP_TOKEN: SECRETS.SO_APP_TOKEN };
const basic = { SO_USERNAME: 'tje0', SO_PASSWORD: SECRETS.SO_PASSWORD, SO_APP_TOKEN: SECRETS.SO_APP_TOKEN };
const ALL_SECRETS = [...Object.values(SECRETS), Buffer.from(`tje0:${SECRETS.SO_PASSWORD}`).toString('base64')];

const servers: Record<string, LoopbackServer> = {};
const runs: Record<string, Promise<CliRun>> = {};
const contract = (upstream: string, env: Record<string, string> = bearer, timeoutMs = ROOMY_TIMEOUT_MS) => () =>
  runCli(['contract', '--upstream', upstream, '--timeout-ms', String(timeoutMs)], env, '', { killAfterMs: timeoutMs + 15_000 });

/** Starts the runs at most `width` at a time (each loads Prism: a second of CPU), in order. */
function pool(jobs: Record<string, () => Promise<CliRun>>, width: number): Record<string, Promise<CliRun>> {
  const queue = Object.entries(jobs);
  const started: Record<string, Promise<CliRun>> = {};
  const gates = queue.map(() => {
    let open!: () => void;
    return { promise: new Promise<void>((resolve) => (open = resolve)), open };
  });
  let next = 0;
  const startNext = () => gates[next++]?.open();
  queue.forEach(([name, job], i) => {
    started[name] = gates[i]!.promise.then(job).finally(startNext);
  });
  for (let i = 0; i < width; i++) startNext();
  return started;
}

beforeAll(async () => {
  const handlers = {
    silent: () => {}, // accepts, reads the request, never answers
    error500: echoingServer(500),
    error401: echoingServer(401),
    plain: json(200, sampleResponse),
    stallsMidway: tenant({ stall: 'patch' }),
  };
  for (const [name, handler] of Object.entries(handlers)) servers[name] = await startLoopbackServer(handler);
  const refused = `http://127.0.0.1:${await unusedPort()}`;
  Object.assign(
    runs,
    pool(
      {
        silent: contract(servers.silent!.url, bearer, TIMEOUT_MS),
        stallsMidway: contract(servers.stallsMidway!.url, bearer, MIDWAY_TIMEOUT_MS),
        subdomainInsecure: contract(`http://evil.localhost:${new URL(servers.plain!.url).port}`),
        refused: contract(refused),
        error500: contract(`${servers.error500!.url}/Cust1`),
        error401: contract(servers.error401!.url, basic),
        tls: contract(`https://127.0.0.1:${new URL(servers.plain!.url).port}`), // TLS to a server that speaks plain HTTP
      },
      3,
    ),
  );
});

afterAll(async () => {
  await Promise.allSettled(Object.values(runs));
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

/** Every run: ended by itself, within the bound, and no secret anywhere in what it printed. */
async function finished(name: string): Promise<CliRun> {
  const run = await runs[name]!;
  expect(run.killed).toBe(false);
  expect(run.ms).toBeLessThan((name === 'silent' ? TIMEOUT_MS : name === 'stallsMidway' ? MIDWAY_TIMEOUT_MS : ROOMY_TIMEOUT_MS) + GRACE_MS);
  expectNoSecretIn(run.stdout + run.stderr, ALL_SECRETS);
  expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/); // no escape sequence reaches the terminal
  return run;
}

const REPORT_HEAD = /^Contract check of the chat session lifecycle at http:\/\/127\.0\.0\.1:\d+ against the spec\n1\/6 create: POST \/api\/v1\/ChatSession\n/;
/** Of the --timeout-ms, the part kept for deleting what the check created: a quarter, at most 10 s. */
const stepsMs = (timeoutMs: number) => timeoutMs - Math.min(10_000, Math.floor(timeoutMs / 4));
const STEPS_MS = stepsMs(TIMEOUT_MS);

test('a server that accepts the connection and never answers: reported as no response within the steps\' part of --timeout-ms, exit 1, the process ends', async () => {
  const run = await finished('silent');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(REPORT_HEAD);
  expect(run.stdout).toContain(
    `  ✗ no complete response from the server within ${STEPS_MS} ms (--timeout-ms ${TIMEOUT_MS}, less ${TIMEOUT_MS - STEPS_MS} ms kept for deleting what the check created)\n` +
      '  note: if the server saved the chat session anyway, it is still there (its id is unknown)\n2/6 get: not run (the create step got no answer)\n',
  );
  expect(run.stdout).toMatch(/6\/6 delete: not run \(nothing to delete\)\nResult: not checked \(no response from the server\)\n$/);
  expect(run.ms).toBeGreaterThanOrEqual(STEPS_MS - 500);
  expect(servers.silent!.requests).toHaveLength(1); // it did get the request: the time ran out waiting for it
}, 45_000);

test('a server that stops answering midway: the step times out at the steps\' part of --timeout-ms, and the created session is still deleted within the rest', async () => {
  const run = await finished('stallsMidway');
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    `3/6 patch: PATCH /api/v1/ChatSession/${CREATED_ID}\n  ✗ no complete response from the server within ${stepsMs(MIDWAY_TIMEOUT_MS)} ms (--timeout-ms ${MIDWAY_TIMEOUT_MS}, less ${MIDWAY_TIMEOUT_MS - stepsMs(MIDWAY_TIMEOUT_MS)} ms kept for deleting what the check created)\n` +
      '4/6 addMessage: not run (the patch step got no 2xx answer)\n5/6 messages: not run (the patch step got no 2xx answer)\n' +
      `6/6 delete: DELETE /api/v1/ChatSession/${CREATED_ID}\n  response: 204\n  deleted chat session ${CREATED_ID}, which this check created\n`,
  );
  expect(run.stdout).toMatch(/Result: does not conform \(patch: no response; 2 steps not run\)\n$/);
  expect(routesOf(servers.stallsMidway!.requests, '')).toEqual(['POST /api/v1/ChatSession', `GET /api/v1/ChatSession/${CREATED_ID}`, `PATCH /api/v1/ChatSession/${CREATED_ID}`, `DELETE /api/v1/ChatSession/${CREATED_ID}`]);
}, 45_000);

test('a refused connection: "unreachable: connection refused", exit 1', async () => {
  const run = await finished('refused');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(REPORT_HEAD);
  expect(run.stdout).toContain('✗ the server is unreachable: connection refused (ECONNREFUSED)\n2/6 get: not run (the create step got no answer)\n'); // no "it may have been saved" note: nothing reached it
  expect(run.stdout).not.toContain('500');
}, 45_000);

test('a TLS failure: "unreachable: TLS failed", exit 1', async () => {
  const run = await finished('tls');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/✗ the server is unreachable: TLS failed \(ERR_SSL_\w+\)/);
  expect(servers.plain!.requests).toHaveLength(0);
}, 45_000);

test('500 with a body, headers and status text that echo the credentials: status and a short redacted excerpt, exit 1', async () => {
  const run = await finished('error500');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^Contract check of the chat session lifecycle at http:\/\/127\.0\.0\.1:\d+\/Cust1 against the spec\n1\/6 create: POST \/api\/v1\/ChatSession\n/);
  const line = run.stdout.split('\n').find((l) => l.startsWith('  ✗ the server answered 500 Denied'))!;
  expect(line).toMatch(/^ {2}✗ the server answered 500 Denied \[REDACTED\]: \{"Message":"x{157} the credential \[REDACTED\] is n… \(\d+ characters\)$/);
  expect(line.length).toBeLessThan(320);
  expect(run.stdout).toMatch(/\n2\/6 get: not run \(the create step got no 2xx answer\)\n(.*\n){3}6\/6 delete: not run \(nothing to delete\)\nResult: does not conform \(create: (\d+ violations?, )?status 500; 4 steps not run\)\n$/);
  expect(run.stdout).not.toMatch(/Result: conforms/); // neither the forged line in the body nor the upstream's sl-violations
  expect(servers.error500!.requests[0]!.headers.authorization).toBe(`Bearer ${SECRETS.SO_BEARER_TOKEN}`); // the secrets did reach the server
}, 45_000);

test('401 to Basic credentials, echoing them: status and excerpt, exit 1', async () => {
  const run = await finished('error401');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/✗ the server answered 401 Denied \[REDACTED\]: \{"Message":/);
  expect(run.stdout).toMatch(/Result: does not conform \(create: (\d+ violations?, )?status 401; 4 steps not run\)/);
}, 45_000);

test('the library\'s plain-http rule: http://evil.localhost is not loopback (only the name localhost is), so it needs --allow-insecure-http; exit 2 before anything is sent', async () => {
  const refused = await finished('subdomainInsecure');
  expect(refused.code).toBe(2);
  expect(refused.stdout).toBe('');
  expect(refused.stderr).toMatch(/^chatsession: usage error: --upstream uses plain http:\/\/ to evil\.localhost, which would send credentials unencrypted\. Use https:\/\/, or pass --allow-insecure-http if you really mean it\.\n$/);
  expect(servers.plain!.requests).toHaveLength(0);
}, 45_000);
