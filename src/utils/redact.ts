// Secrets never reach an error, a log line or a string form of anything this library returns.

const REDACTED = '[REDACTED]';
const SECRET_HEADERS = new Set(['authorization', 'x-xsrf-token', 'so-apptoken', 'cookie', 'set-cookie', 'proxy-authorization']);

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

/** Replaces every occurrence of each secret in a string or a parsed JSON value by [REDACTED]. */
export function scrubSecrets<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') {
    let text: string = value;
    for (const secret of secrets) if (secret) text = text.split(secret).join(REDACTED);
    return text as T;
  }
  if (Array.isArray(value)) return value.map((item) => scrubSecrets(item, secrets)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [scrubSecrets(key, secrets), scrubSecrets(item, secrets)]),
    ) as T;
  }
  return value;
}
