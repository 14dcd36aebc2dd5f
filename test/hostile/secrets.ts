// The credentials the hostile-server tests attack: one client per auth scheme, with static secrets
// and with providers, each secret full of characters that encode differently (space, +, /, %, ",
// \, Latin-1 and, for the Basic password, characters beyond it).
import type { ChatSessionAuth, ChatSessionClientOptions } from '../../src/index';

const USER = 'tje0';
const PASSWORD = 'Pä ss+wörd/€"\\%41-Zq9';
const TICKET = '7T:tïcket +/%2F"\\-Hk2';
const TOKEN = 'eyJ tøken+/=%3D"\\-Bw7';
const XSRF = 'xsrf ñ+/%25"\\-Cd4';
const APP_TOKEN = 'app tökén+/%20"\\-Ve5';

export interface AttackedClient {
  readonly name: string;
  readonly options: Pick<ChatSessionClientOptions, 'auth' | 'appToken'>;
  /** Every secret kind this client sends: the password and its base64, ticket, token, XSRF token, app token. */
  readonly secrets: readonly string[];
  readonly provider: boolean;
}

const basic = Buffer.from(`${USER}:${PASSWORD}`, 'utf8').toString('base64');
const schemes: [string, (secret: <T extends string>(value: T) => T | (() => T)) => ChatSessionAuth, string[]][] = [
  ['Basic', (s) => ({ scheme: 'Basic', username: USER, password: s(PASSWORD) }), [PASSWORD, basic]],
  ['SoTicket', (s) => ({ scheme: 'SoTicket', ticket: s(TICKET) }), [TICKET]],
  ['Bearer', (s) => ({ scheme: 'Bearer', token: s(TOKEN) }), [TOKEN]],
  ['Cookie', (s) => ({ scheme: 'Cookie', xsrfToken: s(XSRF) }), [XSRF]],
];

/** Each scheme, with static secrets and with provider functions returning the same values. */
export const ATTACKED: readonly AttackedClient[] = schemes.flatMap(([scheme, auth, secrets]) =>
  [false, true].map((provider) => {
    const s = <T extends string>(value: T) => (provider ? () => value : value);
    return { name: `${scheme}${provider ? ' (providers)' : ''}`, options: { auth: auth(s), appToken: s(APP_TOKEN) }, secrets: [...secrets, APP_TOKEN], provider };
  }),
);

/** The secrets a request carried, read back from its headers as a hostile server would. */
export function secretsReceived(headers: Record<string, string>): string[] {
  const found: string[] = [];
  const authorization = headers.authorization;
  if (authorization) {
    const value = authorization.slice(authorization.indexOf(' ') + 1);
    found.push(value);
    if (authorization.startsWith('Basic ')) found.push(Buffer.from(value, 'base64').toString('utf8').split(':').slice(1).join(':'));
  }
  if (headers['x-xsrf-token']) found.push(headers['x-xsrf-token']);
  if (headers['so-apptoken']) found.push(headers['so-apptoken']);
  return found;
}
