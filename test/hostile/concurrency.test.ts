// 1 000 concurrent calls while the server resets every other connection: every request reaches the
// server exactly once (nothing is re-sent: POST is not idempotent), every call settles with the
// right class, no socket is left serving, and nothing is left as an unhandled rejection.
import { ChatSessionNetworkError } from '../../src/index';
import { clientFor } from '../support/client';
import { json, useLoopbackServer } from '../support/loopback-server';
import { sampleRequest, sampleResponse } from '../support/samples';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

let seen = 0;
const server = useLoopbackServer((req, res) => {
  seen += 1;
  if (seen % 2 === 0) res.socket?.resetAndDestroy(); // a TCP reset, no response
  else json(200, sampleResponse)(req, res);
});

test('1 000 concurrent calls, half the connections reset', async () => {
  const client = clientFor(server, { timeoutMs: 20_000 });
  const results = await Promise.allSettled(Array.from({ length: 1000 }, () => client.create(sampleRequest)));
  const resolved = results.filter((r) => r.status === 'fulfilled');
  const rejected = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  expect(server.requests).toHaveLength(1000);
  expect(resolved).toHaveLength(500);
  expect(rejected).toHaveLength(500);
  for (const error of rejected) expect(error).toBeInstanceOf(ChatSessionNetworkError);
  for (const result of resolved) expect(result.value).toEqual(sampleResponse);
  // Idle keep-alive sockets may stay for reuse; none is still serving a request.
  expect(await server.busyConnections()).toBe(0);
  await new Promise((resolve) => setImmediate(resolve));
  expect(unhandled).toEqual([]);
}, 40_000);
