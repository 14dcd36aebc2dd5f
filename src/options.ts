// The client's options, checked once when the client is created.
import type { ChatSessionAuth, Secret } from './auth.js';
import { ChatSessionUsageError } from './errors/usage-error.js';
import type { SlowCallInfo } from './middleware/slow-call.js';
import { assertHeaderValue, describeType } from './utils/header-value.js';
import { isLoopbackHost } from './utils/loopback.js';

export interface ChatSessionClientOptions {
  /** The tenant's base URL, e.g. `https://online.superoffice.com/Cust12345`; the client appends `/api/v1/ChatSession`. */
  readonly baseUrl: string;
  readonly auth: ChatSessionAuth;
  /** `SO-AppToken`: the partner application's token, for calls from a server to SuperOffice Online. */
  readonly appToken?: Secret;
  /** `SO-Language`: language (iso2) of string references and multi-language values; overrides Accept-Language. */
  readonly language?: string;
  /** `Accept-Language`. */
  readonly acceptLanguage?: string;
  /** `SO-Culture`: number and date formatting (iso2); ignored by the server when no language is set. */
  readonly culture?: string;
  /** `SO-TimeZone`: the time zone the server converts response date-times to. */
  readonly timeZone?: string;
  /** Time allowed for one call, credential providers and one re-send after 401 included. Default 60 000. */
  readonly timeoutMs?: number;
  /** Calls taking at least this long are reported to `onSlowCall`. Default 5000, the page's NsApiSlow threshold. */
  readonly slowCallThresholdMs?: number;
  /** Called (synchronously; exceptions ignored) for every request that takes at least `slowCallThresholdMs`. */
  readonly onSlowCall?: (info: SlowCallInfo) => void;
  /**
   * Called when the server answers 401 and some secret is a provider function: refresh your cached
   * credentials here. The client then asks the providers again and sends the request once more.
   * Concurrent 401s share one call of this hook.
   */
  readonly onUnauthorized?: () => void | Promise<void>;
  /** The fetch to use (tests, proxies, instrumentation). Default: the global fetch. */
  readonly fetch?: (input: Request) => Promise<Response>;
  /** Allow credentials over plain http:// to a host that is not loopback. Default false. */
  readonly allowInsecureHttp?: boolean;
  /**
   * Check each 200 body against ChatSessionEntityWithLinks from the spec, rejecting with
   * ChatSessionValidationError when it does not match. The validator is loaded on first use from the
   * `superoffice-chatsession/validation` module. Default false.
   */
  readonly validateResponses?: boolean;
  /** The clock for slow-call measurement, in milliseconds. Default `performance.now`. */
  readonly now?: () => number;
}

/** The SO-* and Accept-Language headers, by option name. */
export const LANGUAGE_HEADERS = {
  language: 'SO-Language',
  acceptLanguage: 'Accept-Language',
  culture: 'SO-Culture',
  timeZone: 'SO-TimeZone',
} as const;

export type LanguageOptions = { readonly [K in keyof typeof LANGUAGE_HEADERS]?: string };

/** Header values for the language options that are set, each checked. */
export function languageHeaders(options: LanguageOptions, where: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [option, header] of Object.entries(LANGUAGE_HEADERS) as [keyof LanguageOptions, string][]) {
    const value = options[option];
    if (value === undefined) continue;
    assertHeaderValue(`${where}${option}`, header, value);
    if (value === '') throw new ChatSessionUsageError(`${where}${option} is empty; leave it out instead.`);
    headers[header] = value;
  }
  return headers;
}

export function positiveNumber(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ChatSessionUsageError(`${name} must be a positive number of milliseconds, got ${typeof value === 'number' ? value : describeType(value)}.`);
  }
  return value;
}

export function optionalFunction<T>(name: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== 'function') throw new ChatSessionUsageError(`${name} must be a function, got ${describeType(value)}.`);
  return value;
}

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
