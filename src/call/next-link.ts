// `odata.nextLink`: the server's link to the next page of a list. It is server-written, so it is
// followed only where the list itself is (same origin as baseUrl, same path): the request carries
// the caller's credentials, and a link elsewhere would hand them to whoever wrote it.
import { ChatSessionResponseError } from '../errors/response-error.js';

/** The query string (without "?") of `link` for a request to `path` under `baseUrl`, or ChatSessionResponseError. */
export function nextPageQuery(baseUrl: string, path: string, link: unknown, secrets: readonly string[]): string {
  const base = new URL(`${baseUrl}${path}`);
  let next: URL | undefined;
  try {
    if (typeof link === 'string') next = new URL(link, base);
  } catch {
    // not a URL: reported below
  }
  // Compared after the URL parser has resolved dot segments and percent-encoding; the letter case
  // of the path is not significant to the server, so it is not to this check either.
  const same = next && next.origin === base.origin && next.username === '' && next.password === '' && next.pathname.toLowerCase() === base.pathname.toLowerCase();
  if (!same) {
    const init = { status: 200, contentType: undefined, secrets };
    throw new ChatSessionResponseError(`The server's odata.nextLink does not point to ${base.origin}${base.pathname} (another origin or path, or not a URL), so it was not followed: it would have carried the credentials elsewhere.`, init);
  }
  return next!.search.slice(1);
}
