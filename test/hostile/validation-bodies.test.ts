// validateResponses against a hostile server: bodies crafted to make the response validator spend
// memory and CPU (a maxResponseBytes body that breaks the schema millions of times), to leak a
// credential through an issue's path (a key echoing it, in JSON Pointer form), or to make the
// message as long as the body (a key as long as the body).
import { ChatSessionValidationError } from '../../src/index';
import { MAX_VALIDATION_ISSUES } from '../../src/validation';
import { expectNoEchoes, rejectionOf } from '../support/assertions';
import { clientFor } from '../support/client';
import { useLoopbackServer } from '../support/loopback-server';

const server = useLoopbackServer();
const MiB = 1024 * 1024;
const answer = (body: string) => server.handle((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
});

test('16 MiB (maxResponseBytes raised) of items that each break the schema: the validator keeps the first issues and stops, saying so', async () => {
  // 8 million issues: before the cap, a minute and a half of synchronous CPU and 3.5 GB of memory.
  answer(`[${Array(8 * MiB - 8).fill('1').join(',')}]`);
  const error = (await rejectionOf(clientFor(server, { validateResponses: true, maxResponseBytes: 16 * MiB, timeoutMs: 30_000 }).messages(196))) as ChatSessionValidationError;
  expect(error).toBeInstanceOf(ChatSessionValidationError);
  expect(MAX_VALIDATION_ISSUES).toBe(1000);
  expect(error.issues).toHaveLength(MAX_VALIDATION_ISSUES);
  expect(error.issues.at(-1)).toEqual({ path: '/999', message: 'must be object' });
  expect(error.message).toMatch(/^The response does not match ChatMessage\[\]: \/0 must be object; .*\/19 must be object; and 980 more issues \(see issues; the check stops at 1000\)$/);
}, 30_000);

test('the cap counts distinct issues, and a body with fewer is listed whole, with no word of stopping', async () => {
  answer(JSON.stringify(Array(MAX_VALIDATION_ISSUES - 1).fill(1)));
  const error = (await rejectionOf(clientFor(server, { validateResponses: true }).messages(196))) as ChatSessionValidationError;
  expect(error.issues).toHaveLength(MAX_VALIDATION_ISSUES - 1);
  expect(error.message).toMatch(/; and 979 more issues \(see issues\)$/);
});

test('a key that echoes the token, in the JSON Pointer form of an issue\'s path (~0, ~1), is redacted in the message and in issues', async () => {
  // Each piece between escapes is shorter than the redactor's runs: only the Pointer form as a whole can catch it.
  const token = 'ab/cd~ef/gh/ij~kl';
  answer(JSON.stringify({ FieldProperties: { [token]: 5 }, User: { ExtraFields: { [`x${token}`]: 1 } } }));
  const error = (await rejectionOf(clientFor(server, { validateResponses: true, auth: { scheme: 'Bearer', token } }).create({}))) as ChatSessionValidationError;
  expect(error).toBeInstanceOf(ChatSessionValidationError);
  expect(error.issues).toContainEqual({ path: '/FieldProperties/[REDACTED]', message: 'must be object' });
  expect(error.issues).toContainEqual({ path: '/User/ExtraFields/x[REDACTED]', message: 'must be string' });
  expectNoEchoes(error, [token]);
});

test('a key as long as the body: each path is clipped in the message (issues keep it whole)', async () => {
  const key = 'k'.repeat(MiB / 4);
  answer(JSON.stringify({ FieldProperties: { [key]: 1, [`${key}2`]: 2 } }));
  const error = (await rejectionOf(clientFor(server, { validateResponses: true }).create({}))) as ChatSessionValidationError;
  expect(error.issues.map((issue) => issue.path.length)).toEqual([key.length + 17, key.length + 18]);
  expect(error.message.length).toBeLessThan(1000);
  expect(error.message).toMatch(/^The response does not match ChatSessionEntityWithLinks: \/FieldProperties\/k+… must be object; \/FieldProperties\/k+… must be object$/);
});
