// What a caller can give one operation call, checked and normalised in one pass before anything is sent.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { extraHeaders, languageHeaders, type LanguageOptions } from '../options/headers.js';
import type { Operation } from '../operation.js';
import { describeType } from '../utils/describe-type.js';
import type { RetryOptions } from './retry-types.js';

/** Options of every call. */
export interface BaseCallOptions extends LanguageOptions {
  /** Aborts the call; it then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Extra request headers. Credentials cannot be set here (use `auth`), and Content-Type/Accept must be JSON types. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Options of a call of an idempotent operation (GET, PUT, DELETE), which may be retried. */
export interface RetryableCallOptions extends BaseCallOptions {
  /** Retries on network errors, 429, 502, 503 and 504, all within `timeoutMs`. Off by default. See checks/retry.ts and the README. */
  readonly retry?: RetryOptions;
}

/** Options of a call whose operation takes `$select`: `select` narrows the result type to those properties. */
export interface SelectOptions<S> {
  /** `$select`: only these properties are filled in; the result type narrows to them. */
  readonly select?: S;
}

export interface NormalizedCall {
  /** Per-call headers (language overrides and extra headers), or undefined when there are none. */
  readonly headers: Record<string, string> | undefined;
  readonly signal: AbortSignal | undefined;
  /** The `select` paths as given: checked, and the query built once, by the pipeline. */
  readonly select: unknown;
  /** The `retry` option as given (checked, with its defaults, by checks/retry-options.ts). */
  readonly retry: unknown;
  /** The options that are not call options: the operation's query parameters, or unknown names (checked by checks/query-values.ts). */
  readonly query: Readonly<Record<string, unknown>> | undefined;
}

const NO_OPTIONS: NormalizedCall = { headers: undefined, signal: undefined, select: undefined, retry: undefined, query: undefined };
/** The options of a call; any other name is a query parameter of the operation, or a mistake. */
export const OPTION_NAMES: ReadonlySet<string> = new Set(['signal', 'headers', 'retry', 'select', 'language', 'acceptLanguage', 'culture', 'timeZone']);
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE']);

export function normalizeCallOptions(options: unknown, operation: Operation): NormalizedCall {
  const method = operation.name;
  if (options === null || typeof options !== 'object') throw new ChatSessionUsageError(`${method} options must be an object, got ${describeType(options)}.`);
  const given = options as RetryableCallOptions & SelectOptions<unknown>;
  let empty = true;
  for (const _ in given) empty = false;
  if (empty) return NO_OPTIONS; // the common create(entity): nothing to check
  const headers = { ...languageHeaders(given, `${method} option `), ...extraHeaders(given.headers) };
  if (given.signal !== undefined && !(given.signal instanceof AbortSignal)) throw new ChatSessionUsageError('signal must be an AbortSignal.');
  if (given.retry !== undefined && !IDEMPOTENT.has(operation.method)) {
    throw new ChatSessionUsageError(`${method} cannot be retried: ${operation.method} is not idempotent (a second request may act twice). Only GET, PUT and DELETE operations take retry.`);
  }
  let query: Record<string, unknown> | undefined;
  for (const name of Object.keys(given)) if (!OPTION_NAMES.has(name)) (query ??= {})[name] = (given as Record<string, unknown>)[name];
  let any = false;
  for (const _ in headers) any = true;
  return { headers: any ? headers : undefined, signal: given.signal, select: given.select, retry: given.retry, query };
}
