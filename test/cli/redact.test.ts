// What the CLI prints passes src/cli/redact.ts; its messages use usage.ts's flag names; its reasons
// for a missing response come from network-failure.ts. Pure functions, checked here directly.
import { describeNetworkFailure } from '../../src/cli/network-failure';
import { excerpt, redactor, secretsOf } from '../../src/cli/redact';
import { inFlagTerms } from '../../src/cli/usage';
import { expectNoSecretIn, leakForms, SECRETS } from './hostile';

const redact = redactor(secretsOf({ SO_BEARER_TOKEN: SECRETS.SO_BEARER_TOKEN, SO_USERNAME: 'tje0', SO_PASSWORD: SECRETS.SO_PASSWORD }));
const basic = Buffer.from(`tje0:${SECRETS.SO_PASSWORD}`).toString('base64');

test('every form of every secret is redacted: as it is, URL-encoded, base64 (padded or not, base64url), JSON-escaped; Basic\'s user:password base64', () => {
  const forms = [...leakForms(SECRETS.SO_BEARER_TOKEN), ...leakForms(SECRETS.SO_PASSWORD), basic, encodeURIComponent(SECRETS.SO_BEARER_TOKEN).replaceAll('%20', '+')];
  for (const form of forms) expect(redact(`<${form}>`)).toBe('<[REDACTED]>');
  expectNoSecretIn(redact(forms.join(' | ')), [SECRETS.SO_BEARER_TOKEN, SECRETS.SO_PASSWORD, basic]);
  expect(redact('nothing secret here')).toBe('nothing secret here');
});

test('control characters, line breaks and bidirectional overrides are escaped, not printed', () => {
  expect(redact('a\u001b[2Jb\r\nResult: conforms\u009b31m\u202eevil\u0000')).toBe('a\\u001b[2Jb\\u000d\\u000aResult: conforms\\u009b31m\\u202eevil\\u0000');
});

test('an excerpt is redacted before it is cut: a secret at the cut leaves nothing of itself', () => {
  const text = `${'x'.repeat(190)}${SECRETS.SO_BEARER_TOKEN} and more`;
  const cut = excerpt(text, redact)!;
  expect(cut).toBe(`${'x'.repeat(190)}[REDACTED]… (${190 + '[REDACTED] and more'.length} characters)`);
  expect(excerpt({ Error: 'no\n\n  access' }, redact)).toBe('{"Error":"no\\n\\n access"}');
  expect(excerpt('  a \n\t b  ', redact)).toBe('a b');
  for (const nothing of [undefined, null, '', '   ']) expect(excerpt(nothing, redact)).toBeUndefined();
});

test('library option names become the flags and environment variables a CLI user sets, each replaced once', () => {
  expect(inFlagTerms('acceptLanguage is empty; language too; timeZone, culture, timeoutMs.', { baseUrl: '--base-url' })).toBe('--accept-language is empty; --language too; --time-zone, --culture, --timeout-ms.');
  expect(inFlagTerms('auth.token, auth.ticket, auth.password, auth.username, auth.xsrfToken, appToken', { baseUrl: '--base-url' })).toBe('SO_BEARER_TOKEN, SO_TICKET, SO_PASSWORD, SO_USERNAME, SO_XSRF_TOKEN, SO_APP_TOKEN');
  expect(inFlagTerms('baseUrl uses plain http:// to x. Use https://, or set allowInsecureHttp: true if you really mean it.', { baseUrl: '--upstream' })).toBe('--upstream uses plain http:// to x. Use https://, or pass --allow-insecure-http if you really mean it.');
});

test.each([
  [{ cause: { code: 'ECONNREFUSED' } }, true, 'connection refused (ECONNREFUSED)'],
  [{ cause: { cause: { code: 'ENOTFOUND' } } }, true, 'host name not found (DNS) (ENOTFOUND)'],
  [{ cause: { cause: { code: 'EAI_AGAIN' } } }, true, 'host name not found (DNS) (EAI_AGAIN)'],
  [{ cause: { errors: [{ code: 'x' }, { code: 'ECONNREFUSED' }] } }, true, 'connection refused (ECONNREFUSED)'],
  [{ cause: { cause: { code: 'CERT_HAS_EXPIRED' } } }, true, 'TLS failed (CERT_HAS_EXPIRED)'],
  [{ cause: { cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } } }, true, 'TLS failed (DEPTH_ZERO_SELF_SIGNED_CERT)'],
  [{ cause: { cause: { code: 'ECONNRESET' } } }, false, 'the connection was closed before a complete response (ECONNRESET)'],
  [{ cause: { cause: { code: 'HPE_INVALID_CONSTANT' } } }, false, 'the answer is not valid HTTP (HPE_INVALID_CONSTANT)'],
  [{ cause: new Error('bad port') }, false, 'no complete response'],
])('why no response: %j', (error, unreachable, description) => {
  expect(describeNetworkFailure(error)).toEqual({ unreachable, description });
});
