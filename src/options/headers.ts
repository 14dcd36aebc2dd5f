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
    if ((lower === 'content-type' || lower === 'accept') && !JSON_TYPES.test(value)) {
      throw new ChatSessionUsageError(`headers["${name}"] must be application/json, text/json or application/merge-patch+json; use client.raw for other types.`);
    }
    checked[name] = value;
  }
  return checked;
}
