// SuperOffice authentication: the Authorization header (Basic, SOTicket, Bearer) or, for a browser
// session, the X-XSRF-TOKEN header with the session cookie; plus the partner's SO-AppToken.
// Every secret may be a provider function, called for each request (the caller caches).
import type { CallContext } from '../call/context.js';
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { utf8ToBase64 } from '../utils/base64.js';
import { describeType } from '../utils/describe-type.js';
import { assertHeaderValue } from '../utils/header-value.js';
import { assertSecret, callProvider } from './provider.js';

/** A secret: the value itself, or a function that returns the current value (called per request). */
export type Secret = string | (() => string | Promise<string>);

/** How the client authenticates. */
export type ChatSessionAuth =
  /** `Authorization: Basic base64(UTF-8 "username:password")` — onsite installations. */
  | { readonly scheme: 'Basic'; readonly username: string; readonly password: Secret }
  /** `Authorization: SOTicket <ticket>` — a SuperOffice credential ticket, e.g. a system user's. */
  | { readonly scheme: 'SoTicket'; readonly ticket: Secret }
  /** `Authorization: Bearer <token>` — an OAuth 2.0 access token from SuperOffice Online (SuperId). */
  | { readonly scheme: 'Bearer'; readonly token: Secret }
  /** No Authorization; `X-XSRF-TOKEN: <token>` and the browser's session cookie (credentials: 'include'). */
  | { readonly scheme: 'Cookie'; readonly xsrfToken: Secret };

/** The headers one request authenticates with, and the secrets in them (for redaction). */
export interface ResolvedCredentials {
  readonly headers: ReadonlyArray<readonly [name: string, value: string]>;
  readonly secrets: readonly string[];
}

export interface Credentials {
  /** True when some secret is a provider, so a 401 may be cured by asking it again. */
  readonly refreshable: boolean;
  readonly credentialsMode: RequestCredentials | undefined;
  /** The secrets known now: the static ones and what the providers returned last (a failing provider's message may echo them). */
  known(): readonly string[];
  /** Synchronous for static secrets (no work per request), a promise when a provider is called. */
  resolve(context: CallContext): ResolvedCredentials | Promise<ResolvedCredentials>;
}

const SCHEMES = ['Basic', 'SoTicket', 'Bearer', 'Cookie'] as const;

/** Checks `auth` and `appToken` once, when the client is created, and returns their resolver. */
export function createCredentials(auth: ChatSessionAuth, appToken: Secret | undefined): Credentials {
  if (auth === null || typeof auth !== 'object') {
    throw new ChatSessionUsageError(`auth must be an object such as { scheme: 'Bearer', token }, got ${describeType(auth)}.`);
  }
  if (!SCHEMES.includes(auth.scheme)) {
    throw new ChatSessionUsageError(`auth.scheme must be one of ${SCHEMES.map((s) => `'${s}'`).join(', ')}, got ${JSON.stringify(String(auth.scheme))}.`);
  }
  const secrets: Array<[option: string, header: string, secret: Secret]> = [];
  let format: (values: string[]) => Array<[string, string]>;
  switch (auth.scheme) {
    case 'Basic': {
      const { username } = auth;
      if (typeof username !== 'string' || username.length === 0) throw new ChatSessionUsageError('auth.username must be a non-empty string.');
      if (username.includes(':')) throw new ChatSessionUsageError('auth.username must not contain ":" (Basic authentication cannot carry it).');
      assertHeaderValue('auth.username', 'Authorization', username, { encoded: true });
      secrets.push(['auth.password', 'Authorization', auth.password]);
      format = ([password]) => [['Authorization', `Basic ${utf8ToBase64(`${username}:${password}`)}`]];
      break;
    }
    case 'SoTicket':
      secrets.push(['auth.ticket', 'Authorization', auth.ticket]);
      format = ([ticket]) => [['Authorization', `SOTicket ${ticket}`]];
      break;
    case 'Bearer':
      secrets.push(['auth.token', 'Authorization', auth.token]);
      format = ([token]) => [['Authorization', `Bearer ${token}`]];
      break;
    case 'Cookie':
      secrets.push(['auth.xsrfToken', 'X-XSRF-TOKEN', auth.xsrfToken]);
      format = ([token]) => [['X-XSRF-TOKEN', token!]];
      break;
  }
  if (appToken !== undefined) secrets.push(['appToken', 'SO-AppToken', appToken]);
  for (const [option, header, secret] of secrets) {
    if (typeof secret === 'function') continue;
    assertSecret(option, header, secret, (message) => new ChatSessionUsageError(message));
  }
  let lastResolved: readonly string[] = secrets.flatMap(([, , secret]) => (typeof secret === 'string' ? [secret] : []));
  /** Each provider's latest value, recorded as soon as it arrives (a sibling provider may fail after it). */
  const latest: string[] = [];
  const hasAppToken = appToken !== undefined;
  const refreshable = secrets.some(([, , secret]) => typeof secret === 'function');

  /** The Authorization value's credential part (Basic's base64 of user:password), a secret of its own. */
  const encodedAuth = (value: string) => format([value]).filter(([name]) => name === 'Authorization').map(([, header]) => header.slice(header.indexOf(' ') + 1));

  function build(values: string[]): ResolvedCredentials {
    const headers = format(values.slice(0, 1));
    if (hasAppToken) headers.push(['SO-AppToken', values[1]!]);
    lastResolved = [...values, ...encodedAuth(values[0]!)];
    return { headers, secrets: lastResolved };
  }

  // Static credentials are computed once: no work per request.
  const staticResult = refreshable ? undefined : build(secrets.map(([, , s]) => s as string));

  return {
    refreshable,
    known: () => (staticResult ? staticResult.secrets : [...new Set([...lastResolved, ...latest, ...(latest[0] ? encodedAuth(latest[0]) : [])])]),
    credentialsMode: auth.scheme === 'Cookie' ? 'include' : undefined,
    resolve(context) {
      if (staticResult) return staticResult;
      const call = ([option, header, secret]: (typeof secrets)[number], i: number) =>
        callProvider(option, header, secret, context).then((value) => {
          latest[i] = value;
          context.secrets.push(value, ...(i === 0 ? encodedAuth(value) : [])); // so a sibling provider's failure in this call is redacted against it
          return value;
        });
      return Promise.all(secrets.map(call)).then(build);
    },
  };
}
