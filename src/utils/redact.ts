// The one redaction choke point: every string an error exposes passes through a Redactor (see
// errors/chat-session-error.ts), which removes each secret of the call in every form an echo can take.
import { utf8ToBase64 } from './base64.js';

export const REDACTED = '[REDACTED]';
const SECRET_HEADERS = new Set(['authorization', 'x-xsrf-token', 'so-apptoken', 'cookie', 'set-cookie', 'proxy-authorization']);

/**
 * The shortest run of a secret (in any of its forms) that is removed wherever it appears. Six: a
 * shorter run is common in ordinary text (removing it would garble messages) and tells an attacker
 * little; from six characters on, a run is a real clue (six of a ten-character password leave four
 * to guess; six base64 characters are 36 bits of a token). A secret shorter than this is removed whole.
 */
export const MIN_SECRET_RUN = 6;
/** Deeper parts of a value (a server's JSON error body) are replaced: no string form may overflow the stack. */
export const MAX_VALUE_DEPTH = 64;

const WORD = /^[\p{L}\p{N}]$/u;

export interface Redactor {
  text(text: string): string;
  /** A copy of an error's fields: their names kept, every string below them (keys too) redacted, cut at MAX_VALUE_DEPTH. */
  fields<T extends object>(fields: T): T;
}

/**
 * Every form an echo of `secret` can take: exact, URL-encoded (%20 and +, either hex case),
 * JSON-escaped, base64 and base64url, and each of those as a JSON Pointer step (`~` as `~0`, `/` as
 * `~1`: a server may echo a secret as a key, and a validation issue's path names keys so).
 */
export function formsOf(secret: string): string[] {
  const percent = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  const json = JSON.stringify(secret).slice(1, -1);
  const asciiJson = json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const lowerHex = (s: string) => s.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());
  const upperJson = asciiJson.replace(/\\u([0-9a-f]{4})/g, (_m, hex: string) => `\\u${hex.toUpperCase()}`);
  const base64 = utf8ToBase64(secret);
  const base64url = base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const forms = [secret, percent, lowerHex(percent), percent.replace(/%20/g, '+'), form, lowerHex(form), json, asciiJson, upperJson, base64, base64url];
  return [...new Set([...forms, ...forms.map((f) => f.replace(/~/g, '~0').replace(/\//g, '~1'))])];
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const seeds = new Set<string>();
  const whole: string[] = [];
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of formsOf(secret)) {
      if (form.length < MIN_SECRET_RUN) whole.push(form);
      else for (let i = 0; i + MIN_SECRET_RUN <= form.length; i++) seeds.add(form.slice(i, i + MIN_SECRET_RUN));
    }
  }
  if (seeds.size === 0 && whole.length === 0) return { text: (t) => t, fields: (f) => copyFields(f, (t) => t) };
  // The first two characters of every seed, as one number: most positions of a long text are
  // ruled out by this without making a string (about 0.1 s per MiB otherwise).
  const pairs = new Set([...seeds].map((seed) => (seed.charCodeAt(0) << 16) | seed.charCodeAt(1)));
  const text = (input: string): string => {
    const hit = new Uint8Array(input.length);
    let any = false;
    for (let i = 0; i + MIN_SECRET_RUN <= input.length; i++) {
      if (pairs.has((input.charCodeAt(i) << 16) | input.charCodeAt(i + 1)) && seeds.has(input.slice(i, i + MIN_SECRET_RUN))) {
        hit.fill(1, i, i + MIN_SECRET_RUN);
        any = true;
      }
    }
    // A secret shorter than MIN_SECRET_RUN is removed where it stands as a word of its own: its
    // letters inside other words tell nothing, and removing them would garble every message.
    for (const form of whole) {
      for (let at = input.indexOf(form); at !== -1; at = input.indexOf(form, at + 1)) {
        if (WORD.test(input[at - 1] ?? '') || WORD.test(input[at + form.length] ?? '')) continue;
        hit.fill(1, at, at + form.length);
        any = true;
      }
    }
    if (!any) return input;
    let out = '';
    for (let i = 0; i < input.length; i++) {
      if (!hit[i]) out += input[i];
      else if (i === 0 || !hit[i - 1]) out += REDACTED;
    }
    return out;
  };
  return { text, fields: (f) => copyFields(f, text) };
}

function copyFields<T extends object>(fields: T, text: (t: string) => string): T {
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) copy[name] = cutDeep(value, text);
  return copy as T;
}

/** A copy of `value` with `text` applied to every string and key, iteratively (no recursion), cut at MAX_VALUE_DEPTH. */
function cutDeep<T>(value: T, text: (t: string) => string): T {
  const root = { v: value as unknown };
  const stack: Array<[holder: Record<string, unknown>, key: string, depth: number]> = [[root, 'v', 0]];
  while (stack.length > 0) {
    const [holder, key, depth] = stack.pop()!;
    const item = holder[key];
    if (typeof item === 'string') set(holder, key, text(item));
    else if (item !== null && typeof item === 'object') {
      if (depth >= MAX_VALUE_DEPTH) {
        set(holder, key, `[nested deeper than ${MAX_VALUE_DEPTH} levels]`);
        continue;
      }
      const copy: Record<string, unknown> = Array.isArray(item) ? ([] as unknown as Record<string, unknown>) : {};
      for (const [k, v] of Object.entries(item)) {
        const name = Array.isArray(item) ? k : text(k);
        set(copy, name, v);
        stack.push([copy, name, depth + 1]);
      }
      set(holder, key, copy);
    }
  }
  return root.v as T;
}

/** Defines, not assigns: a JSON key "__proto__" stays a plain property. */
function set(holder: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A plain copy of `headers` in which every credential is replaced by [REDACTED]. The scheme word
 * of Authorization is kept (`Basic [REDACTED]`) because it helps to see which scheme was used.
 * The headers themselves are not changed.
 */
export function redactHeaders(headers: Headers): Record<string, string> {
  const copy: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!SECRET_HEADERS.has(name)) copy[name] = value;
    else if (name === 'authorization') copy[name] = `${value.split(' ')[0]} ${REDACTED}`;
    else copy[name] = REDACTED;
  });
  return copy;
}
