// The caller's options, checked and normalised in one pass into the client's settings (as ky's
// `normalize` does): everything after this reads settings, never the options.
import { createCredentials } from '../auth/credentials.js';
import { createRefresher } from '../auth/refresh.js';
import { ChatSessionUsageError } from '../errors/usage-error.js';
import type { TransportSettings } from '../transport/transport.js';
import { describeType } from '../utils/describe-type.js';
import { checkBaseUrl } from './base-url.js';
import type { ChatSessionClientOptions } from './client-options.js';
import { languageHeaders } from './headers.js';

export interface Settings extends TransportSettings {
  /** Without a trailing slash. */
  readonly baseUrl: string;
  /** Sent with every request: Accept and the client-wide language headers. */
  readonly headers: Readonly<Record<string, string>>;
  readonly validateResponses: boolean;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_SLOW_CALL_THRESHOLD_MS = 5000;

export function normalizeOptions(options: ChatSessionClientOptions): Settings {
  if (options === null || typeof options !== 'object') throw new ChatSessionUsageError(`options must be an object, got ${describeType(options)}.`);
  const baseUrl = checkBaseUrl(options.baseUrl, options.allowInsecureHttp === true);
  const credentials = createCredentials(options.auth, options.appToken);
  const timeoutMs = milliseconds('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const thresholdMs = milliseconds('slowCallThresholdMs', options.slowCallThresholdMs, DEFAULT_SLOW_CALL_THRESHOLD_MS);
  const onSlowCall = optionalFunction('onSlowCall', options.onSlowCall);
  const now = optionalFunction('now', options.now) ?? (() => performance.now());
  return {
    baseUrl,
    headers: { Accept: 'application/json', ...languageHeaders(options, '') },
    credentials,
    refresher: createRefresher(optionalFunction('onUnauthorized', options.onUnauthorized)),
    timeoutMs,
    slowCall: onSlowCall && { thresholdMs, onSlowCall, now },
    fetch: optionalFunction('fetch', options.fetch),
    validateResponses: options.validateResponses === true,
  };
}

function milliseconds(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ChatSessionUsageError(`${name} must be a positive number of milliseconds, got ${typeof value === 'number' ? value : describeType(value)}.`);
  }
  return value;
}

function optionalFunction<T>(name: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== 'function') throw new ChatSessionUsageError(`${name} must be a function, got ${describeType(value)}.`);
  return value;
}
