// What a caller can give createChatSessionClient (checked and normalised by options/normalize.ts).
import type { ChatSessionAuth, Secret } from '../auth/credentials.js';
import type { SlowCallInfo } from '../transport/slow-call.js';
import type { LanguageOptions } from './headers.js';

export interface ChatSessionClientOptions extends LanguageOptions {
  /** The tenant's base URL, e.g. `https://online.superoffice.com/Cust12345`; the client appends `/api/v1/ChatSession`. */
  readonly baseUrl: string;
  readonly auth: ChatSessionAuth;
  /** `SO-AppToken`: the partner application's token, for calls from a server to SuperOffice Online. */
  readonly appToken?: Secret;
  /** Time allowed for one call (headers, body and parsing; credential providers and one re-send after 401 included). Default 60 000; at most 2 147 483 647. */
  readonly timeoutMs?: number;
  /**
   * The largest response body read, counted after decompression (so a compression bomb stops
   * early); a larger one rejects the call. Default 1 048 576 (1 MiB: a chat session is a few kB).
   */
  readonly maxResponseBytes?: number;
  /** Calls taking at least this long are reported to `onSlowCall`. Default 5000, the page's NsApiSlow threshold. */
  readonly slowCallThresholdMs?: number;
  /** Called (synchronously; exceptions ignored) for every request that takes at least `slowCallThresholdMs`. */
  readonly onSlowCall?: (info: SlowCallInfo) => void;
  /**
   * Called when the server answers 401 and some secret is a provider function: refresh your cached
   * credentials here. The client then asks the providers again and sends the request once more.
   * Concurrent 401s share one call of this hook.
   */
  readonly onUnauthorized?: () => void | Promise<void>;
  /** The fetch to use (tests, proxies, instrumentation). Default: the global fetch. */
  readonly fetch?: (input: Request) => Promise<Response>;
  /** Allow credentials over plain http:// to a host that is not loopback. Default false. */
  readonly allowInsecureHttp?: boolean;
  /**
   * Check each 200 body against the operation's response schema in the spec (ChatSessionEntityWithLinks
   * for create, ChatMessage[] for messages, …), rejecting with ChatSessionValidationError when it does
   * not match. The validator is loaded on first use from the `superoffice-chatsession/validation`
   * module. Default false.
   */
  readonly validateResponses?: boolean;
  /** The clock for slow-call measurement, in milliseconds. Default `performance.now`. */
  readonly now?: () => number;
}
