// The body serializer the openapi-fetch client is given: openapi-fetch's own behaviour (FormData as
// it is, a form-encoded body for that Content-Type, else JSON), except that a body JSON cannot carry
// (a BigInt, a cycle, a throwing toJSON, nesting deep enough to overflow) is a ChatSessionUsageError,
// raised before anything is sent.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { messageOf } from '../utils/message-of.js';

export function serializeBody(body: unknown, headers?: Headers | Record<string, string>): BodyInit | undefined {
  if (typeof FormData !== 'undefined' && body instanceof FormData) return body;
  const type = headers instanceof Headers ? headers.get('content-type') : (headers?.['Content-Type'] ?? headers?.['content-type']);
  try {
    if (type === 'application/x-www-form-urlencoded') return new URLSearchParams(body as Record<string, string>).toString();
    return JSON.stringify(body);
  } catch (error) {
    throw new ChatSessionUsageError(`The request body cannot be serialised: ${messageOf(error)}. Nothing was sent.`);
  }
}
