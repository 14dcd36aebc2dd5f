// The pages of an archive list (list, topicSessions) as an async iterator: each page through the
// pipeline, then the server's `odata.nextLink` (checked by checks/next-link.ts: the list's own URL only),
// for at most the caller's `maxPages` pages.
import type { Operation } from '../operations.js';
import { callOperation, checked, type ClientCore, type OperationInput } from './pipeline.js';

/** `method` is the client method's name (listPages), for messages. */
export async function* pages(core: ClientCore, method: string, operation: Operation, input: OperationInput, options: unknown): AsyncGenerator<unknown, void, undefined> {
  const { maxPages, ...callOptions } = (options ?? {}) as { maxPages?: unknown };
  checked((await core.loadChecks()).checkMaxPages(method, maxPages));
  let page = (await callOperation(core, operation, input, callOptions)) as { 'odata.nextLink'?: unknown };
  yield page;
  for (let read = 1; read < (maxPages as number); read += 1) {
    const link = page['odata.nextLink'];
    if (link === undefined || link === null || link === '') return;
    page = (await callOperation(core, operation, { ...input, nextLink: link }, callOptions)) as typeof page;
    yield page;
  }
}
