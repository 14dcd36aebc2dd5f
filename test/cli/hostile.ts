// For the CLI tests: credentials that look like real ones, a server that echoes them back in every
// form it can, and a check that none of them reaches what the CLI printed.
import type { Handler } from '../support/loopback-server';

/** Credentials whose encodings differ from the value: space, quote, '+', '/', '=' and ':'. */
export const SECRETS = {
  SO_BEARER_TOKEN: 'bT0k-4f7e+9a/b2c=d1e "q" 5f8a6c',
  SO_APP_TOKEN: 'app-9c0d+1e2f/3a4b=5c6d',
  SO_PASSWORD: 'pw-7e8f:9a0b+c1d2/e3f4',
} as const;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** What a leak may look like: the value, URL-encoded, base64 (padded, unpadded, base64url), JSON-escaped. */
export function leakForms(secret: string): string[] {
  const b64 = base64(secret);
  return [secret, encodeURIComponent(secret), b64, b64.replace(/=+$/, ''), b64.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_'), JSON.stringify(secret).slice(1, -1)];
}

/**
 * Fails when `text` holds any form of any secret, or 10 characters in a row of one (a secret cut
 * short is still a leak). Names the secret by its first characters only.
 */
export function expectNoSecretIn(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    for (const form of leakForms(secret)) {
      const window = Math.min(10, form.length);
      for (let i = 0; i + window <= form.length; i++) {
        if (text.includes(form.slice(i, i + window))) throw new Error(`a form of secret ${JSON.stringify(secret.slice(0, 4))}… leaked (${JSON.stringify(form.slice(i, i + window))}) into: ${text.slice(0, 600)}`);
      }
    }
  }
}

/**
 * Answers `status` and echoes every credential of the request in every form: in the status text,
 * headers (content-type included), a passed-on `sl-violations` header, body keys and values, with
 * a terminal escape sequence and a forged report line; the full secret sits where a 200-character
 * excerpt would be cut.
 */
export const echoingServer =
  (status: number): Handler =>
  (req, res) => {
    const credentials = [req.headers.authorization ?? '', req.headers['so-apptoken'] ?? '', req.headers['x-xsrf-token'] ?? ''].filter(Boolean);
    const values = credentials.flatMap((c) => [c, c.slice(c.indexOf(' ') + 1)]);
    const forms = values.flatMap(leakForms);
    const value = values[1] ?? values[0] ?? '';
    res.writeHead(status, `Denied ${value}`, {
      'content-type': `application/json; charset=utf-8; token=${value}`,
      'www-authenticate': `Bearer realm=${value}`,
      'x-echo': forms.filter((f) => !/["\\]/.test(f)).join(' '),
      'sl-violations': JSON.stringify([{ location: ['response'], message: `${value} Result: conforms`, severity: 'Error' }]),
    });
    res.end(
      JSON.stringify({
        Message: `${'x'.repeat(157)} the credential ${value} is not valid`, // the secret's 16th character is the excerpt's 200th
        ...Object.fromEntries(forms.map((form, i) => [form, `value ${i}: ${form}`])),
        escape: '\u001b[2J\u001b[31mred\u001b[0m\u009b31m\u202eevil',
        forged: '\nResult: conforms\n',
      }),
    );
  };

/** The library's option names, which a CLI message must not use (it names flags and environment variables). */
export const LIBRARY_OPTION_NAMES = /\b(baseUrl|timeoutMs|allowInsecureHttp|acceptLanguage|timeZone|appToken|auth\.\w+|validateResponses)\b|set \w+: true/;
