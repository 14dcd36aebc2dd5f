// Header options, client-wide and per call: the language headers and a call's extra headers, each
// checked before anything is sent.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { describeType } from '../utils/describe-type.js';
import { assertHeaderName, assertHeaderValue } from '../utils/header-value.js';

/** The SO-* and Accept-Language headers, by option name. */
export const LANGUAGE_HEADERS = {
  language: 'SO-Language',
  acceptLanguage: 'Accept-Language',
  culture: 'SO-Culture',
  timeZone: 'SO-TimeZone',
} as const;

export type LanguageOptions = { readonly [K in keyof typeof LANGUAGE_HEADERS]?: string };

const CREDENTIAL_HEADERS = new Set(['authorization', 'x-xsrf-token', 'so-apptoken', 'cookie']);
/** Headers fetch forbids or computes itself, or that would corrupt the request's framing (the Fetch standard's list). */
const FORBIDDEN = new Set(['accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method', 'connection', 'content-length', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive', 'origin', 'referer', 'set-cookie', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via', 'x-http-method', 'x-http-method-override', 'x-method-override']);

/** The message for a header a request must not carry, or undefined when `name` is fine. */
export function forbiddenHeader(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (!FORBIDDEN.has(lower) && !lower.startsWith('proxy-') && !lower.startsWith('sec-')) return undefined;
  return `headers must not set ${name}: fetch sets it, or forbids it, and a wrong value would corrupt the request.`;
}
const JSON_TYPES = /^(application\/json|text\/json|application\/merge-patch\+json)\s*(;|$)/i;

/** Header values for the language options that are set, each checked; `where` prefixes option names in messages. */
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

/** A call's extra headers, checked: valid names and values, no credentials, JSON Content-Type and Accept. */
export function extraHeaders(headers: unknown): Record<string, string> {
  if (headers === undefined) return {};
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) throw new ChatSessionUsageError(`headers must be an object of header names to values, got ${describeType(headers)}.`);
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    assertHeaderName('headers', name);
    assertHeaderValue(`headers["${name}"]`, name, value);
    const lower = name.toLowerCase();
    if (CREDENTIAL_HEADERS.has(lower)) throw new ChatSessionUsageError(`headers must not set ${name}; credentials come from the auth and appToken options.`);
    const forbidden = forbiddenHeader(name);
    if (forbidden) throw new ChatSessionUsageError(forbidden);
    if ((lower === 'content-type' || lower === 'accept') && !JSON_TYPES.test(value)) {
      throw new ChatSessionUsageError(`headers["${name}"] must be application/json, text/json or application/merge-patch+json; use client.raw for other types.`);
    }
    checked[name] = value;
  }
  return checked;
}

/**
 * For `client.raw`: the header names and values a caller passes (an object, entries or Headers; a
 * value may be a number, a boolean or a list, as openapi-fetch allows), each checked, so a value
 * fetch would refuse is a ChatSessionUsageError that names it, before anything is sent.
 */
export function checkHeaderValues(what: string, headers: unknown): void {
  if (headers === undefined || headers === null || headers instanceof Headers) return; // Headers checked its own
  const entries = Array.isArray(headers) ? (headers as [string, unknown][]) : Object.entries(headers as object);
  for (const [name, value] of entries) {
    assertHeaderName(what, name);
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== null && item !== undefined) assertHeaderValue(`${what}["${name}"]`, name, String(item));
    }
  }
}
