// The library's usage errors name its options (`baseUrl`, `timeoutMs`, `auth.token`…); a CLI user
// types flags and sets environment variables. The checks stay the library's (the same rules
// everywhere); only the names in their messages are translated.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { UsageError } from './env.js';

/** What the user typed for the base URL: `--base-url URL (or SO_BASE_URL)` for create, `--upstream URL` for contract. */
export interface FlagNames {
  readonly baseUrl: string;
}

const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/set allowInsecureHttp: true/g, 'pass --allow-insecure-http'],
  [/pass credentials in `auth` instead/g, 'set credentials in the environment instead (see --help)'],
  [/\bselect: /g, '--select: '],
];

/** Option name → what the CLI user types. */
const NAMES: Readonly<Record<string, string>> = {
  allowInsecureHttp: '--allow-insecure-http',
  timeoutMs: '--timeout-ms',
  acceptLanguage: '--accept-language',
  language: '--language',
  culture: '--culture',
  timeZone: '--time-zone',
  'auth.username': 'SO_USERNAME',
  'auth.password': 'SO_PASSWORD',
  'auth.ticket': 'SO_TICKET',
  'auth.token': 'SO_BEARER_TOKEN',
  'auth.xsrfToken': 'SO_XSRF_TOKEN',
  appToken: 'SO_APP_TOKEN',
  toAssociate: 'USER (of transfer)',
};
const NAME = new RegExp(`\\b(baseUrl|${Object.keys(NAMES).map((n) => n.replace('.', '\\.')).join('|')})\\b`, 'g');

/** The library's message in the CLI's terms (one pass: a replacement is never replaced again). */
export function inFlagTerms(message: string, flags: FlagNames): string {
  let text = message;
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  return text.replace(NAME, (name) => (name === 'baseUrl' ? flags.baseUrl : NAMES[name]!));
}

/** Runs `check` (a library call that validates input); its ChatSessionUsageError becomes the CLI's UsageError in flag terms. */
export function checked<T>(check: () => T, flags: FlagNames): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ChatSessionUsageError) throw new UsageError(inFlagTerms(error.message, flags));
    throw error;
  }
}

/** `--timeout-ms`: a positive whole number of milliseconds. */
export function timeoutFlag(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(ms) || ms <= 0) throw new UsageError(`--timeout-ms must be a positive whole number of milliseconds, got ${JSON.stringify(value)}`);
  return ms;
}
