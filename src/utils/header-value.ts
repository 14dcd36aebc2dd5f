// Header names and values are checked before anything is sent: a CR or LF in a value could
// smuggle extra headers into the request, and fetch would reject it anyway, but with a message
// that does not say which option is wrong.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { describeType } from './describe-type.js';

// Every control character except horizontal tab (allowed in field values by RFC 9110), and DEL.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f]/;
// Header values are bytes: fetch refuses a character above U+00FF (U+2028, '€', emoji…).
const NOT_A_BYTE = /[^\u0000-\u00ff]/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Throws ChatSessionUsageError when `value` cannot be sent as the value of header `name`.
 * `what` names the option the value came from; the value itself is never put in the message,
 * because it may be a secret. `encoded`: the value is sent encoded (Basic's base64), so any
 * character but a control character may be in it.
 */
export function assertHeaderValue(what: string, name: string, value: unknown, { encoded = false } = {}): asserts value is string {
  if (typeof value !== 'string') {
    throw new ChatSessionUsageError(`${what} (the ${name} header) must be a string, got ${describeType(value)}.`);
  }
  if (CONTROL_CHARACTER.test(value)) {
    throw new ChatSessionUsageError(
      `${what} (the ${name} header) contains a control character (CR, LF or another character below U+0020); remove it.`,
    );
  }
  if (!encoded && NOT_A_BYTE.test(value)) {
    throw new ChatSessionUsageError(`${what} (the ${name} header) contains a character above U+00FF, which an HTTP header cannot carry; encode it or remove it.`);
  }
  if (value.trim() !== value) {
    throw new ChatSessionUsageError(`${what} (the ${name} header) has leading or trailing white space; trim it.`);
  }
}

/** Throws ChatSessionUsageError when `name` is not a valid HTTP header name. */
export function assertHeaderName(what: string, name: string): void {
  if (!TOKEN.test(name)) throw new ChatSessionUsageError(`${what}: "${name.replace(new RegExp(CONTROL_CHARACTER, 'g'), '?').slice(0, 100)}" is not a valid header name.`);
}
