// Secrets given as functions: called per request, bounded by the call's timeout, and checked.
import type { CallContext } from '../call/context.js';
import { ChatSessionCredentialsError } from '../errors/credentials-error.js';
import { describeType } from '../utils/describe-type.js';
import { assertHeaderValue } from '../utils/header-value.js';
import { messageOf } from '../utils/message-of.js';
import { endedTheCall, raceSignal } from '../utils/race-signal.js';
import type { Secret } from './credentials.js';

export function assertSecret(option: string, header: string, value: unknown, error: (message: string) => Error): asserts value is string {
  if (typeof value !== 'string') throw error(`${option} must be a string or a function returning one, got ${describeType(value)}.`);
  if (value.length === 0) throw error(`${option} is empty; give the ${header === 'Authorization' ? 'credential' : `${header} value`} to send.`);
  try {
    // The password goes out base64-encoded (UTF-8), so any character may be in it; the others are sent as they are.
    assertHeaderValue(option, header, value, { encoded: option === 'auth.password' });
  } catch (e) {
    throw error((e as Error).message);
  }
}

/** Calls a provider, bounded by the call's timeout, and checks what it returns. */
export async function callProvider(option: string, header: string, secret: Secret, context: CallContext): Promise<string> {
  if (typeof secret !== 'function') return secret;
  let value: unknown;
  try {
    value = await raceSignal(Promise.resolve().then(secret), context);
  } catch (cause) {
    if (endedTheCall(cause, context)) throw cause;
    throw new ChatSessionCredentialsError(`The credential provider for ${option} failed: ${messageOf(cause)}. Nothing was sent.`, { cause, secrets: context.secrets });
  }
  assertSecret(option, header, value, (message) => new ChatSessionCredentialsError(`The credential provider for ${option} returned a bad value: ${message} Nothing was sent.`, { secrets: context.secrets }));
  return value;
}
