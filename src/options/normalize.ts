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
  /** Sent with every request: Accept and the client-wide language headers. */
  readonly headers: Readonly<Record<string, string>>;
  readonly validateResponses: boolean;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_SLOW_CALL_THRESHOLD_MS = 5000;
const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
/** setTimeout's limit: a longer delay fires at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** 256 MiB: well below the longest string V8 can make, so reading never fails with a plain RangeError. */
const MAX_RESPONSE_BYTES_LIMIT = 256 * 1024 * 1024;

export function normalizeOptions(options: ChatSessionClientOptions): Settings {
  if (options === null || typeof options !== 'object') throw new ChatSessionUsageError(`options must be an object, got ${describeType(options)}.`);
  const baseUrl = checkBaseUrl(options.baseUrl, options.allowInsecureHttp === true);
  const credentials = createCredentials(options.auth, options.appToken);
  const timeoutMs = bounded('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS, MAX_TIMER_MS, 'milliseconds');
  const thresholdMs = bounded('slowCallThresholdMs', options.slowCallThresholdMs, DEFAULT_SLOW_CALL_THRESHOLD_MS, MAX_TIMER_MS, 'milliseconds');
  const maxResponseBytes = bounded('maxResponseBytes', options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, MAX_RESPONSE_BYTES_LIMIT, 'bytes');
  const onSlowCall = optionalFunction('onSlowCall', options.onSlowCall);
  const now = optionalFunction('now', options.now) ?? (() => performance.now());
  return {
    baseUrl,
    headers: { Accept: 'application/json', ...languageHeaders(options, '') },
    credentials,
    refresher: createRefresher(optionalFunction('onUnauthorized', options.onUnauthorized)),
    timeoutMs,
    maxResponseBytes,
    allowInsecureHttp: options.allowInsecureHttp === true,
    slowCall: onSlowCall && { thresholdMs, onSlowCall, now },
    fetch: optionalFunction('fetch', options.fetch),
    validateResponses: options.validateResponses === true,
  };
}

function bounded(name: string, value: unknown, fallback: number, max: number, unit: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ChatSessionUsageError(`${name} must be a positive number of ${unit}, got ${typeof value === 'number' ? value : describeType(value)}.`);
  }
  if (value > max) throw new ChatSessionUsageError(`${name} must be at most ${max} ${unit}, got ${value}.`);
  return value;
}

function optionalFunction<T>(name: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== 'function') throw new ChatSessionUsageError(`${name} must be a function, got ${describeType(value)}.`);
  return value;
}
