// The `retry` option, checked and completed with its defaults. Returns what is wrong instead of throwing.
import type { RetryOptions, RetryPolicy } from '../call/retry-types.js';
import { describeType } from '../utils/describe-type.js';

const MAX_RETRIES = 10;

export function checkRetry(retry: unknown): { policy: RetryPolicy } | { problem: string } {
  if (retry === null || typeof retry !== 'object') return { problem: `retry must be an object such as { retries: 3 }, got ${describeType(retry)}.` };
  const { retries, minDelayMs = 250, maxDelayMs = 10_000 } = retry as RetryOptions;
  const whole = (value: unknown, min: number, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  if (!whole(retries, 1, MAX_RETRIES)) return { problem: `retry.retries must be an integer from 1 to ${MAX_RETRIES}, got ${typeof retries === 'number' ? retries : describeType(retries)}.` };
  if (!whole(minDelayMs, 1, 60_000)) return { problem: 'retry.minDelayMs must be an integer from 1 to 60000.' };
  if (!whole(maxDelayMs, minDelayMs, 600_000)) return { problem: 'retry.maxDelayMs must be an integer from minDelayMs to 600000.' };
  return { policy: { retries, minDelayMs, maxDelayMs } };
}
