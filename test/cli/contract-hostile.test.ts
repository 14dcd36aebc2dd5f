// `chatsession contract` (the built CLI, spawned) against servers that are dead or hostile: every
// run ends with the right exit code within --timeout-ms and a few seconds, says what happened, and
// prints no credential in any form. The runs start in beforeAll, a few at a time, so the one that
// waits for the time limit overlaps the others. More hostile answers, checked in this process
// without a spawn each: contract-check.test.ts.
import { runCli, type CliRun } from '../support/cli';
import { json, startLoopbackServer, unusedPort, type LoopbackServer } from '../support/loopback-server';
import { sampleResponse } from '../support/samples';
import { echoingServer, expectNoSecretIn, SECRETS } from './hostile';

const TIMEOUT_MS = 6000; // Prism must load (a second or two on a loaded machine) before the request goes out
/** For the runs that are not about the time limit: room for a loaded machine, so they never end by it. */
const ROOMY_TIMEOUT_MS = 20_000;
/** "Within that bound plus a few seconds": the grace the test allows a loaded machine. */
const GRACE_MS = 4000;
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
  };
  for (const [name, handler] of Object.entries(handlers)) servers[name] = await startLoopbackServer(handler);
  const refused = `http://127.0.0.1:${await unusedPort()}`;
  Object.assign(
    runs,
    pool(
      {
        silent: contract(servers.silent!.url, bearer, TIMEOUT_MS),
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
  expect(run.ms).toBeLessThan((name === 'silent' ? TIMEOUT_MS : ROOMY_TIMEOUT_MS) + GRACE_MS);
  expectNoSecretIn(run.stdout + run.stderr, ALL_SECRETS);
  expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/); // no escape sequence reaches the terminal
  return run;
}

const REPORT_HEAD = /^Contract check of POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/ChatSession against the spec\n/;

test('a server that accepts the connection and never answers: reported as no response within --timeout-ms, exit 1, the process ends', async () => {
  const run = await finished('silent');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(REPORT_HEAD);
  expect(run.stdout).toContain(`✗ no complete response from the server within ${TIMEOUT_MS} ms (--timeout-ms)`);
  expect(run.stdout).toContain('Result: not checked (no response from the server)');
  expect(run.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 500);
  expect(servers.silent!.requests).toHaveLength(1); // it did get the request: the time ran out waiting for it
}, 30_000);

test('a refused connection: "unreachable: connection refused", exit 1', async () => {
  const run = await finished('refused');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(REPORT_HEAD);
  expect(run.stdout).toContain('✗ the server is unreachable: connection refused (ECONNREFUSED)');
  expect(run.stdout).not.toContain('500');
}, 30_000);

test('a TLS failure: "unreachable: TLS failed", exit 1', async () => {
  const run = await finished('tls');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/✗ the server is unreachable: TLS failed \(ERR_SSL_\w+\)/);
  expect(servers.plain!.requests).toHaveLength(0);
}, 30_000);

test('500 with a body, headers and status text that echo the credentials: status and a short redacted excerpt, exit 1', async () => {
  const run = await finished('error500');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^Contract check of POST http:\/\/127\.0\.0\.1:\d+\/Cust1\/api\/v1\/ChatSession against the spec\n/);
  const line = run.stdout.split('\n').find((l) => l.startsWith('  ✗ the server answered 500 Denied'))!;
  expect(line).toMatch(/^ {2}✗ the server answered 500 Denied \[REDACTED\]: \{"Message":"x{157} the credential \[REDACTED\] is n… \(\d+ characters\)$/);
  expect(line.length).toBeLessThan(320);
  expect(run.stdout).toMatch(/Result: does not conform \((\d+ violations?, )?status 500\)\n$/);
  expect(run.stdout).not.toMatch(/Result: conforms/); // neither the forged line in the body nor the upstream's sl-violations
  expect(servers.error500!.requests[0]!.headers.authorization).toBe(`Bearer ${SECRETS.SO_BEARER_TOKEN}`); // the secrets did reach the server
}, 30_000);

test('401 to Basic credentials, echoing them: status and excerpt, exit 1', async () => {
  const run = await finished('error401');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/✗ the server answered 401 Denied \[REDACTED\]: \{"Message":/);
  expect(run.stdout).toMatch(/Result: does not conform \((\d+ violations?, )?status 401\)/);
}, 30_000);

test('the library\'s plain-http rule: http://evil.localhost is not loopback (only the name localhost is), so it needs --allow-insecure-http; exit 2 before anything is sent', async () => {
  const refused = await finished('subdomainInsecure');
  expect(refused.code).toBe(2);
  expect(refused.stdout).toBe('');
  expect(refused.stderr).toMatch(/^chatsession: usage error: --upstream uses plain http:\/\/ to evil\.localhost, which would send credentials unencrypted\. Use https:\/\/, or pass --allow-insecure-http if you really mean it\.\n$/);
  expect(servers.plain!.requests).toHaveLength(0);
}, 30_000);
