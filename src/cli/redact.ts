// Everything the CLI prints passes through here: upstream text is hostile (it may echo a
// credential, in any encoding, or carry terminal escape sequences), and so may our own messages.
import { utf8ToBase64 } from '../utils/base64.js';
import { createRedactor } from '../utils/redact.js';

/** The secrets the environment holds (see env.ts), and the Basic credentials built from them. */
export function secretsOf(env: NodeJS.ProcessEnv): string[] {
  const values = [env.SO_PASSWORD, env.SO_TICKET, env.SO_BEARER_TOKEN, env.SO_XSRF_TOKEN, env.SO_APP_TOKEN].filter((v): v is string => !!v);
  if (env.SO_USERNAME && env.SO_PASSWORD) values.push(utf8ToBase64(`${env.SO_USERNAME}:${env.SO_PASSWORD}`));
  return values;
}

// C0 and C1 control characters (terminal escape sequences start with ESC or CSI), DEL, and the
// Unicode bidirectional overrides that can make a line read differently from what it contains.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A function that makes one line safe to print: every form and every long-enough run of every
 * secret redacted by the library's one redactor (utils/redact.ts), then control characters escaped
 * (a line break too, so that a server cannot add a line of its own to a report).
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const redact = createRedactor(secrets);
  return (text) => redact.text(text).replace(UNPRINTABLE, (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A short excerpt of a server's message for one line: redacted first (so that cutting it can never
 * leave part of a secret behind), white space collapsed, at most `max` characters.
 */
export function excerpt(body: unknown, redact: (text: string) => string, max = 200): string | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  // White space collapses after redaction (a secret may hold some); the redactor has escaped line
  // breaks and tabs by then, so those escapes count as white space.
  const text = redact(typeof body === 'string' ? body : JSON.stringify(body))
    .replace(/(?:\s|\\u000[9a-d])+/g, ' ')
    .trim();
  if (text === '') return undefined;
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
