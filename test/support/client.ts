// The one client factory of the tests: a Bearer client against a loopback server, with overrides.
import { createChatSessionClient, type ChatSessionClient, type ChatSessionClientOptions } from '../../src/index';
import type { LoopbackServer } from './loopback-server';

export const TEST_TOKEN = 'test-token';

/** A client for `server` (or any base URL), authenticated with Bearer TEST_TOKEN unless `overrides` say otherwise. */
export function clientFor(server: LoopbackServer | string, overrides: Partial<ChatSessionClientOptions> = {}): ChatSessionClient {
  return createChatSessionClient({ baseUrl: typeof server === 'string' ? server : server.url, auth: { scheme: 'Bearer', token: TEST_TOKEN }, ...overrides });
}
