// `client.raw`: openapi-fetch's own client over the same transport, so its calls get the same
// credentials, checks, time limit and errors, and openapi-fetch's middleware contract holds unchanged.
import type { Client, Middleware } from 'openapi-fetch';
import type { ClientCore } from './call/pipeline.js';
import { createCallContext } from './call/context.js';
import { toChatSessionError } from './errors/to-chat-session-error.js';
import { checkHeaderValues } from './options/headers.js';
import { transport } from './transport/transport.js';
import type { paths } from './types.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
type Init = { fetch?: (input: Request) => Promise<Response>; headers?: unknown; params?: { header?: unknown }; signal?: AbortSignal | null; parseAs?: string } | undefined;

/**
 * `client.raw`: openapi-fetch's own client, each request sent through the transport (a per-call
 * `fetch` goes underneath it, so credentials and the time limit still apply). `use` and `eject`
 * are kept in step with `middleware`, which tells the operations whether middleware may see their requests.
 */
export function rawClient({ settings, fetchClient, loadOperations }: ClientCore, middleware: Middleware[]): Client<paths> {
  const call = async (method: string, path: string, init: Init) => {
    checkHeaderValues('headers', init?.headers);
    checkHeaderValues('params.header', init?.params?.header);
    // The operationId for slow-call reports, from the table of operations (loaded on first use, within the call's time).
    const startedAt = performance.now();
    const operationId = (await loadOperations(startedAt)).operationIdOf(method, path);
    // One context for the call: its time limit covers reading the body too, and what openapi-fetch
    // throws while reading it (a cut-off body, the time running out) becomes this library's error.
    const context = createCallContext(settings.timeoutMs, init?.signal ?? undefined, settings.credentials.known(), startedAt);
    try {
      const fetch = transport(settings, operationId, context, init?.fetch ?? settings.fetch);
      return await fetchClient.request(method as never, path as never, { ...init, fetch } as never);
    } catch (error) {
      throw toChatSessionError(error, context);
    } finally {
      // With parseAs 'stream' the caller reads the body later, still under the time limit.
      if (init?.parseAs !== 'stream') context.release();
    }
  };
  const raw: Record<string, unknown> = {
    ...fetchClient,
    request: (method: string, path: string, init: Init) => call(method, path, init),
    use(...added: Middleware[]) {
      fetchClient.use(...added);
      middleware.push(...added.filter(Boolean));
    },
    eject(...removed: Middleware[]) {
      fetchClient.eject(...removed);
      for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
    },
  };
  for (const method of METHODS) raw[method] = (path: string, init: Init) => call(method, path, init);
  return raw as unknown as Client<paths>;
}
