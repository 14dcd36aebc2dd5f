// `odata.nextLink`: the server's link to the next page of a list. It is server-written, so it is
// followed only where the list itself is (same origin as baseUrl, same path): the request carries
// the caller's credentials, and a link elsewhere would hand them to whoever wrote it.
// Returns what is wrong instead of throwing (see lazy-checks.ts); the pipeline throws ChatSessionResponseError.
import { describeType } from '../utils/describe-type.js';

const MAX_PAGES = 10_000;

/** Whether `maxPages` (of listPages, `method`) is a number of pages the walk may read: 1 to 10 000. */
export function checkMaxPages(method: string, maxPages: unknown): { ok: true } | { problem: string } {
  if (typeof maxPages === 'number' && Number.isInteger(maxPages) && maxPages >= 1 && maxPages <= MAX_PAGES) return { ok: true };
  return { problem: `${method} needs maxPages, an integer from 1 to ${MAX_PAGES} (the most pages it reads), got ${typeof maxPages === 'number' ? maxPages : describeType(maxPages)}.` };
}

/** The query string (without "?") of `link` for a request to `path` under `baseUrl`, or why it is not followed. */
export function nextPageQuery(baseUrl: string, path: string, link: unknown): { query: string } | { problem: string } {
  const base = new URL(`${baseUrl}${path}`);
  let next: URL | undefined;
  try {
    if (typeof link === 'string') next = new URL(link, base);
  } catch {
    // not a URL: reported below
  }
  // Compared after the URL parser has resolved dot segments and percent-encoding; the letter case
  // of the path is not significant to the server, so it is not to this check either.
  if (next && next.origin === base.origin && next.username === '' && next.password === '' && next.pathname.toLowerCase() === base.pathname.toLowerCase()) {
    return { query: next.search.slice(1) };
  }
  return { problem: `The server's odata.nextLink does not point to ${base.origin}${base.pathname} (another origin or path, or not a URL), so it was not followed: it would have carried the credentials elsewhere.` };
}
