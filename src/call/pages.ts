// The pages of an archive list (list, topicSessions) as an async iterator: each page through the
// pipeline (`read`), then the server's `odata.nextLink` (checked by the pipeline with
// checks/next-link.ts: the list's own URL only), for at most the caller's `maxPages` pages.
// Loaded with the operations other than create (lazy-operations.ts): it throws nothing of its own;
// `checked` is the pipeline's, which throws a problem as the client's ChatSessionUsageError.
import { checkMaxPages } from '../checks/next-link.js';

type Page = { 'odata.nextLink'?: unknown };

/** `method` is the client method's name (listPages), for messages; `read(nextLink, options)` reads one page (the first with no link). */
export async function* pages(
  method: string,
  options: unknown,
  read: (nextLink: unknown, options: object) => Promise<unknown>,
  checked: <T extends object>(outcome: T | { problem: string }) => T,
): AsyncGenerator<unknown, void, undefined> {
  const { maxPages, ...callOptions } = (options ?? {}) as { maxPages?: unknown };
  checked(checkMaxPages(method, maxPages));
  let page = (await read(undefined, callOptions)) as Page;
  yield page;
  for (let done = 1; done < (maxPages as number); done += 1) {
    const link = page['odata.nextLink'];
    if (link === undefined || link === null || link === '') return;
    page = (await read(link, callOptions)) as Page;
    yield page;
  }
}
