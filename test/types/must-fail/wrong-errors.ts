// Wrong expectations about the error classes: each must be a compile error.
import { ChatSessionRedirectError, ChatSessionTimeoutError } from '../../../src/index';

// @expect-error a redirect's location is not always known (browsers hide it)
export const location: string = new ChatSessionRedirectError('m', { request: { method: 'POST', url: 'u', headers: {} }, status: 302, statusText: '', requestId: undefined, location: undefined }).location;
// @expect-error a timeout error needs its timeoutMs field
export const timeout = new ChatSessionTimeoutError('m', { request: undefined });
