// Credentials for the CLI come from the environment only, never from argv (argv is visible to
// every user of the machine in `ps`).
import type { ChatSessionAuth } from '../auth/credentials.js';

export class UsageError extends Error {}

export const ENV_HELP = `Environment:
  SO_BASE_URL                 tenant URL, e.g. https://online.superoffice.com/Cust1 (or --base-url)
  SO_USERNAME, SO_PASSWORD    Basic authentication
  SO_TICKET                   SOTicket authentication
  SO_BEARER_TOKEN             Bearer (OAuth access token) authentication
  SO_XSRF_TOKEN               X-XSRF-TOKEN (cookie session)
  SO_APP_TOKEN                SO-AppToken, the partner application's token
  Set exactly one kind of credentials.`;

/** The auth the environment describes, or undefined when it sets none. */
export function authFromEnv(env: NodeJS.ProcessEnv): ChatSessionAuth | undefined {
  const kinds: ChatSessionAuth[] = [];
  if (env.SO_USERNAME !== undefined || env.SO_PASSWORD !== undefined) {
    if (!env.SO_USERNAME || env.SO_PASSWORD === undefined) throw new UsageError('set both SO_USERNAME and SO_PASSWORD for Basic authentication');
    kinds.push({ scheme: 'Basic', username: env.SO_USERNAME, password: env.SO_PASSWORD });
  }
  if (env.SO_TICKET !== undefined) kinds.push({ scheme: 'SoTicket', ticket: env.SO_TICKET });
  if (env.SO_BEARER_TOKEN !== undefined) kinds.push({ scheme: 'Bearer', token: env.SO_BEARER_TOKEN });
  if (env.SO_XSRF_TOKEN !== undefined) kinds.push({ scheme: 'Cookie', xsrfToken: env.SO_XSRF_TOKEN });
  if (kinds.length > 1) throw new UsageError(`set only one kind of credentials; found ${kinds.map((k) => k.scheme).join(' and ')}`);
  return kinds[0];
}
