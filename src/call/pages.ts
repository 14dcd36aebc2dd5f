// The pages of an archive list (list, topicSessions) as an async iterator: each page through the
// pipeline, then the server's `odata.nextLink` (checked by next-link.ts: the list's own URL only),
// for at most the caller's `maxPages` pages.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import type { Operation } from '../operations.js';
import { describeType } from '../utils/describe-type.js';
import { callOperation, type ClientCore, type OperationInput } from './pipeline.js';

const MAX_PAGES = 10_000;

/** `method` is the client method's name (listPages), for messages. */
export async function* pages(core: ClientCore, method: string, operation: Operation, input: OperationInput, options: unknown): AsyncGenerator<unknown, void, undefined> {
  const { maxPages, ...callOptions } = (options ?? {}) as { maxPages?: unknown };
  if (typeof maxPages !== 'number' || !Number.isInteger(maxPages) || maxPages < 1 || maxPages > MAX_PAGES) {
    throw new ChatSessionUsageError(`${method} needs maxPages, an integer from 1 to ${MAX_PAGES} (the most pages it reads), got ${typeof maxPages === 'number' ? maxPages : describeType(maxPages)}.`);
  }
  let page = (await callOperation(core, operation, input, callOptions)) as { 'odata.nextLink'?: unknown };
  yield page;
  for (let read = 1; read < maxPages; read += 1) {
    const link = page['odata.nextLink'];
    if (link === undefined || link === null || link === '') return;
    page = (await callOperation(core, operation, { ...input, nextLink: link }, callOptions)) as typeof page;
    yield page;
  }
}
