// Where requests may go: the base URL is checked when the client is created, and the URL of every
// request actually sent (whatever base URL a client.raw call gave) is checked again by the transport.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { describeType } from '../utils/describe-type.js';
import { isLoopbackHost } from '../utils/loopback.js';

const EXAMPLE = '"https://online.superoffice.com/Cust12345"';

/**
 * The base URL without a trailing slash. Refuses what cannot be right: not http(s), user:password@
 * in the URL, a query or fragment (even a bare `?` or `#`, which would move the operation path into
 * it), a URL that already ends in /api/v1, and credentials over plain http:// to a host that is not loopback.
 */
export function checkBaseUrl(baseUrl: unknown, allowInsecureHttp: boolean): string {
  if (typeof baseUrl !== 'string' || baseUrl === '') {
    throw new ChatSessionUsageError(`baseUrl must be the tenant URL, such as ${EXAMPLE}, got ${describeType(baseUrl)}.`);
  }
  if (/[?#]/.test(baseUrl)) throw new ChatSessionUsageError('baseUrl must not have a query string or fragment (not even a bare "?" or "#"); give the tenant URL only.');
  const url = assertSendable(baseUrl, allowInsecureHttp, 'baseUrl');
  const href = url.href.replace(/\/+$/, '');
  if (/\/api\/v1$/i.test(href)) {
    throw new ChatSessionUsageError(`baseUrl must be the tenant URL without /api/v1 (the client adds it), such as ${EXAMPLE}; got one ending in /api/v1.`);
  }
  return href;
}

/** Throws ChatSessionUsageError unless `target` is an http(s) URL credentials may be sent to. */
export function assertSendable(target: string, allowInsecureHttp: boolean, what = 'The request URL'): URL {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new ChatSessionUsageError(`${what} is not an absolute URL; use the tenant URL, such as ${EXAMPLE}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ChatSessionUsageError(`${what} must start with https:// (or http:// for loopback), not ${url.protocol}//.`);
  }
  if (url.username || url.password) throw new ChatSessionUsageError(`${what} must not contain user:password@; pass credentials in \`auth\` instead.`);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname) && !allowInsecureHttp) {
    throw new ChatSessionUsageError(
      `${what} uses plain http:// to ${url.hostname}, which would send credentials unencrypted. Use https://, or set allowInsecureHttp: true if you really mean it.`,
    );
  }
  return url;
}
