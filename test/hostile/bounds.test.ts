// Bounded work against a server that floods, nests or stalls: the size cap on decoded bytes (a
// gzip bomb stops early), deep JSON, and a refresh hook that never returns.
import zlib from 'node:zlib';
import { ChatSessionApiError, ChatSessionResponseError, ChatSessionTimeoutError, ChatSessionValidationError } from '../../src/index';
import { rejectionOf, stringForms } from '../support/assertions';
import { clientFor } from '../support/client';
import { json, useLoopbackServer, type Handler } from '../support/loopback-server';
import { sampleRequest, sampleResponse } from '../support/samples';
import { HOSTILE_CALLS } from './calls';

// Every case is bounded: a hostile server must not be able to hang the suite.
jest.setTimeout(15_000);

const server = useLoopbackServer();

/** 1 GiB of zeros as 64 concatenated gzip members of 16 MiB each: about 1 MB on the wire. */
const BOMB = (() => {
  const member = zlib.gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
  return Buffer.concat(Array.from({ length: 64 }, () => member));
})();
const gzipBomb = (status: number): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': BOMB.length });
  res.end(BOMB);
};

describe.each(HOSTILE_CALLS)('%s', (_call, call) => {
  describe('maxResponseBytes, counted on decoded bytes', () => {
    test.each([
      [200, ChatSessionResponseError],
      [500, ChatSessionApiError],
    ])('a gzip bomb (1 MB → 1 GiB) answering %i stops at the limit, and memory stays bounded', async (status, errorClass) => {
      server.handle(gzipBomb(status));
      global.gc?.();
      const before = process.memoryUsage();
      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - before.rss)), 5);
      const started = Date.now();
      const error = await rejectionOf(call(clientFor(server, { timeoutMs: 10_000 })));
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss - before.rss);
      expect(error).toBeInstanceOf(errorClass);
      expect((error as Error).message).toMatch(/larger than maxResponseBytes \(1048576 bytes, counted after decompression\)/);
      expect(peak).toBeLessThan(128 * 1024 * 1024); // unbounded, this grows by about 1 GiB
      expect(Date.now() - started).toBeLessThan(5000);
    }, 20_000);

    test('a Content-Length over the limit is refused before the body is read', async () => {
      server.handle((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(400 * 1024 * 1024) });
        res.write('{"ChatSessionId":');
      });
      const started = Date.now();
      expect(await rejectionOf(call(clientFor(server, { timeoutMs: 10_000 })))).toBeInstanceOf(ChatSessionResponseError);
      expect(Date.now() - started).toBeLessThan(2000);
    });

    test('an endless chunked body stops at the limit', async () => {
      server.handle((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
      });
      const error = await rejectionOf(call(clientFor(server, { maxResponseBytes: 256 * 1024, timeoutMs: 10_000 })));
      expect(error).toBeInstanceOf(ChatSessionResponseError);
      expect((error as Error).message).toMatch(/maxResponseBytes \(262144 bytes/);
    });

    test('client.raw: the same limit, the same typed error', async () => {
      server.handle(gzipBomb(200));
      const error = await rejectionOf(clientFor(server).raw.POST('/api/v1/ChatSession', { body: sampleRequest }));
      expect(error).toBeInstanceOf(ChatSessionResponseError);
    });

    test('client.raw: the time limit covers reading the body', async () => {
      server.handle((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{');
      });
      const started = Date.now();
      const error = await rejectionOf(clientFor(server, { timeoutMs: 200 }).raw.POST('/api/v1/ChatSession', { body: sampleRequest }));
      expect(error).toBeInstanceOf(ChatSessionTimeoutError);
      expect(Date.now() - started).toBeLessThan(3000);
    });

    test('a body within the limit is read whole, compressed or not', async () => {
      const body = zlib.gzipSync(JSON.stringify(sampleResponse));
      server.handle((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(body);
      });
      await expect(call(clientFor(server))).resolves.toEqual(sampleResponse);
    });
  });

  describe('deep JSON', () => {
    const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

    test('an error body nested 10 000 deep: ChatSessionApiError whose every string form can be printed', async () => {
      server.handle(json(400, deep(10_000)));
      const error = await rejectionOf(call(clientFor(server)));
      expect(error).toBeInstanceOf(ChatSessionApiError);
      expect(() => stringForms(error)).not.toThrow();
      expect(JSON.stringify((error as ChatSessionApiError).body)).toMatch(/\[nested deeper than 64 levels\]/);
    });

    test('a 2xx body nested 10 000 deep, validated: no stack overflow', async () => {
      server.handle(json(200, `{"ChatSessionId":1,"Extra":${deep(10_000)}}`));
      const session = (await call(clientFor(server, { validateResponses: true }))) as { ChatSessionId?: number };
      expect(session.ChatSessionId).toBe(1);
    });
  });
});

describe('a refresh that cannot wedge', () => {
  /** A server that accepts only 'Bearer fresh', and a client whose token turns fresh when `refresh(call)` says so. */
  const staleUntilRefreshed = (refresh: (call: number) => Promise<void> | undefined, timeoutMs = 10_000) => {
    let cached = 'stale';
    const hook = { calls: 0 };
    server.handle((req, res) => (req.headers.authorization === 'Bearer fresh' ? json(200, sampleResponse) : json(401, {}))(req, res));
    const onUnauthorized = () => {
      hook.calls += 1;
      const pending = refresh(hook.calls);
      return pending ? pending.then(() => void (cached = 'fresh')) : void (cached = 'fresh');
    };
    return { client: clientFor(server, { auth: { scheme: 'Bearer', token: () => cached }, timeoutMs, onUnauthorized }), hook };
  };

  test('a hook that never returns: the call times out, and the next 401 starts a new refresh', async () => {
    const { client, hook } = staleUntilRefreshed((call) => (call === 1 ? new Promise<void>(() => undefined) : undefined), 300);
    expect(await rejectionOf(client.create(sampleRequest))).toBeInstanceOf(ChatSessionTimeoutError);
    await expect(client.create(sampleRequest)).resolves.toEqual(sampleResponse);
    expect(hook.calls).toBe(2);
  });

  test('while a refresh runs, concurrent 401s still share it', async () => {
    const { client, hook } = staleUntilRefreshed(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
    await Promise.all(Array.from({ length: 10 }, () => client.create(sampleRequest)));
    expect(hook.calls).toBe(1);
  });
});

test('validateResponses on a body that breaks the schema once per item (200 000 wrong messages): settles in linear time, the message lists the first issues', async () => {
  // ajv's standalone code gathered nested errors with concat (quadratic): this took minutes of synchronous CPU, which no timeout interrupts.
  server.handle((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`[${Array(200_000).fill(1).join(',')}]`);
  });
  const started = performance.now();
  const error = (await rejectionOf(clientFor(server, { validateResponses: true }).messages(196))) as ChatSessionValidationError;
  expect(performance.now() - started).toBeLessThan(5000);
  expect(error).toBeInstanceOf(ChatSessionValidationError);
  expect(error.issues).toHaveLength(1000); // the validator's cap: it stops there (test/hostile/validation-bodies.test.ts)
  expect(error.message).toMatch(/^The response does not match ChatMessage\[\]: \/0 must be object; .* and 980 more issues \(see issues; the check stops at 1000\)$/);
  expect(error.message.length).toBeLessThan(2000);
});
