// What a caller can give one operation call, checked and normalised in one pass before anything is sent.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { extraHeaders, languageHeaders, type LanguageOptions } from '../options/headers.js';
import type { SelectPath } from '../select/types.js';
import { describeType } from '../utils/describe-type.js';

/** Options of one call (`create(entity, options)`). */
export interface CallOptions<S extends readonly SelectPath[] | undefined> extends LanguageOptions {
  /** `$select`: only these properties are filled in; the result type narrows to them. */
  readonly select?: S;
  /** Aborts the call; it then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Extra request headers. Credentials cannot be set here (use `auth`), and Content-Type/Accept must be JSON types. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface NormalizedCall {
  /** Per-call headers (language overrides and extra headers), or undefined when there are none. */
  readonly headers: Record<string, string> | undefined;
  readonly signal: AbortSignal | undefined;
  /** The `select` paths as given: checked, and the query built once, by select/query.ts (loaded on first use). */
  readonly select: unknown;
}

const NO_OPTIONS: NormalizedCall = { headers: undefined, signal: undefined, select: undefined };

/** `method` is the client method's name (`create`), for messages. */
export function normalizeCallOptions(options: unknown, method: string): NormalizedCall {
  if (options === null || typeof options !== 'object') throw new ChatSessionUsageError(`${method} options must be an object, got ${describeType(options)}.`);
  const given = options as CallOptions<readonly SelectPath[] | undefined>;
  let empty = true;
  for (const _ in given) empty = false;
  if (empty) return NO_OPTIONS; // the common create(entity): nothing to check
  const headers = { ...languageHeaders(given, `${method} option `), ...extraHeaders(given.headers) };
  if (given.signal !== undefined && !(given.signal instanceof AbortSignal)) throw new ChatSessionUsageError('signal must be an AbortSignal.');
  let any = false;
  for (const _ in headers) any = true;
  return { headers: any ? headers : undefined, signal: given.signal, select: given.select };
}
