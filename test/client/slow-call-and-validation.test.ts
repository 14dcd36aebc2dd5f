// The slow-call hook (NsApiSlow threshold) and opt-in response validation.
import { ChatSessionValidationError, type SlowCallInfo } from '../../src/index';
import { json, useLoopbackServer } from '../support/loopback-server';
import { clientFor } from '../support/client';
import { sampleRequest, sampleResponse } from '../support/samples';
import { rejectionOf } from '../support/assertions';

const server = useLoopbackServer(json(200, sampleResponse));

describe('onSlowCall', () => {
  test('is called when a call takes at least the threshold (injected clock)', async () => {
    const calls: SlowCallInfo[] = [];
    let clock = 1000;
    const client = clientFor(server, {
      auth: { scheme: 'Bearer', token: 't' },
      slowCallThresholdMs: 2000,
      onSlowCall: (info) => calls.push(info),
      now: () => (clock += 2500), // each reading is 2500 ms after the previous one
    });
    server.handle(json(200, sampleResponse));
    await client.create(sampleRequest);
    expect(calls).toEqual([{ operation: 'PostChatSessionEntity', durationMs: 2500, status: 200 }]);
  });

  test('uses the page threshold of 5000 ms by default', async () => {
    const calls: SlowCallInfo[] = [];
    const readings = [0, 4999, 10_000, 15_000];
    const client = clientFor(server, { onSlowCall: (info) => calls.push(info), now: () => readings.shift()! });
    await client.create(sampleRequest); // 4999 ms: not slow
    await client.create(sampleRequest); // 5000 ms: slow
    expect(calls.map((c) => c.durationMs)).toEqual([5000]);
  });

  test('a slow loopback server crosses a small threshold; a fast one does not', async () => {
    const calls: SlowCallInfo[] = [];
    // The threshold leaves a fast loopback call ample room even on a loaded machine.
    const client = clientFor(server, { slowCallThresholdMs: 500, onSlowCall: (info) => calls.push(info) });
    server.handle(json(200, sampleResponse));
    await client.create(sampleRequest);
    expect(calls).toHaveLength(0);
    server.handle((req, res) => void setTimeout(() => json(500, {})(req, res), 600));
    await rejectionOf(client.create(sampleRequest));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ operation: 'PostChatSessionEntity', status: 500 });
    expect(calls[0]!.durationMs).toBeGreaterThanOrEqual(500);
  });

  test('a hook that throws does not fail the call', async () => {
    const client = clientFor(server, { slowCallThresholdMs: 1, onSlowCall: () => { throw new Error('logger down'); }, now: (() => { let t = 0; return () => (t += 10); })() });
    server.handle(json(200, sampleResponse));
    await expect(client.create(sampleRequest)).resolves.toEqual(sampleResponse);
  });
});

describe('validateResponses', () => {
  const wrong = { ...sampleResponse, ChatSessionId: '341', WhenRequested: 'yesterday', Status: 'Open', User: { AssociateId: 'x' } };

  test('off (the default): a wrong shape is returned as it came', async () => {
    server.handle(json(200, wrong));
    const client = clientFor(server);
    await expect(client.create(sampleRequest)).resolves.toEqual(wrong);
  });

  test('on: a conforming response passes', async () => {
    server.handle(json(200, sampleResponse));
    const client = clientFor(server, { validateResponses: true });
    await expect(client.create(sampleRequest)).resolves.toEqual(sampleResponse);
  });

  test('on: a wrong shape rejects with ChatSessionValidationError listing every failing path', async () => {
    server.handle(json(200, wrong));
    const client = clientFor(server, { validateResponses: true });
    const error = await rejectionOf(client.create(sampleRequest));
    expect(error).toBeInstanceOf(ChatSessionValidationError);
    const paths = (error as ChatSessionValidationError).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/ChatSessionId', '/WhenRequested', '/Status', '/User/AssociateId']));
    expect((error as Error).message).toMatch(/\/ChatSessionId must be integer/);
  });

  test('on: what real servers send (missing properties, local date-times, {} carriers) passes', async () => {
    const { Rating: _rating, ...older } = sampleResponse;
    const real = { ...older, WhenEnded: '0001-01-01T00:00:00', WhenIdle: '2016-04-05T03:24:51', TableRight: {}, Flags: 'CustomerIsTyping, UserIsTyping' };
    server.handle(json(200, real));
    const client = clientFor(server, { validateResponses: true });
    await expect(client.create(sampleRequest)).resolves.toEqual(real);
  });
});
