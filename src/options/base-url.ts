// Where requests may go. The base URL is checked when the client is created.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { describeType } from '../utils/describe-type.js';
import { isLoopbackHost } from '../utils/loopback.js';

/**
 * The base URL without a trailing slash. Refuses what cannot be right: not http(s), user:password@
 * in the URL, a query or fragment, and credentials over plain http:// to a host that is not loopback.
 */
export function checkBaseUrl(baseUrl: unknown, allowInsecureHttp: boolean): string {
  if (typeof baseUrl !== 'string' || baseUrl === '') {
    throw new ChatSessionUsageError(`baseUrl must be the tenant URL, such as "https://online.superoffice.com/Cust12345", got ${describeType(baseUrl)}.`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ChatSessionUsageError('baseUrl is not an absolute URL; use the tenant URL, such as "https://online.superoffice.com/Cust12345".');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ChatSessionUsageError(`baseUrl must start with https:// (or http:// for loopback), not ${url.protocol}//.`);
  }
  if (url.username || url.password) {
    throw new ChatSessionUsageError('baseUrl must not contain user:password@; pass credentials in `auth` instead.');
  }
  if (url.search || url.hash) throw new ChatSessionUsageError('baseUrl must not have a query string or fragment.');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname) && !allowInsecureHttp) {
    throw new ChatSessionUsageError(
      `baseUrl uses plain http:// to ${url.hostname}, which would send credentials unencrypted. Use https://, or set allowInsecureHttp: true if you really mean it.`,
    );
  }
  return url.href.replace(/\/+$/, '');
}
