// The contract check's report: one line per finding. Each element is printed as one line through
// the redactor (upstream text is hostile; a line break in it cannot start a line of its own).
import { SELECT_PATHS } from '../../generated/select-paths.js';
import { ChatSessionTimeoutError } from '../errors/timeout-error.js';
import { CREATE } from '../operations.js';
import { validateChatSessionResponse } from '../validation.js';
import type { Exchange, Violation } from './contract-check.js';
import { DeadlineError } from './deadline.js';
import { describeNetworkFailure } from './network-failure.js';
import { excerpt } from './redact.js';
import { BodyTooLargeError } from './upstream.js';
import { ChatSessionNetworkError } from '../errors/network-error.js';

export interface ContractReport {
  readonly conforms: boolean;
  readonly lines: readonly string[];
}

const TOP_LEVEL = SELECT_PATHS.filter((p) => !p.includes('/'));

/** The report of `exchange` with the server at `baseUrl` (checked, without a trailing slash). */
export function contractReport(baseUrl: string, exchange: Exchange, redact: (text: string) => string, timeoutMs: number): ContractReport {
  const lines = [`Contract check of POST ${baseUrl}${CREATE.path} against the spec`];
  const { response } = exchange;
  if (!response) {
    lines.push(`  ✗ ${whyNoResponse(exchange.failure, timeoutMs)}`, 'Result: not checked (no response from the server)');
    return { conforms: false, lines };
  }
  const ok = response.status >= 200 && response.status < 300;
  const contentType = response.headers['content-type'];
  lines.push(`  response: ${response.status}${contentType ? ` (${contentType})` : ''}`);
  if (!ok) {
    const message = excerpt(response.text, redact);
    lines.push(`  ✗ the server answered ${`${response.status} ${response.statusText}`.trim()}${message ? `: ${message}` : ' with no body'}`);
  }
  const violations = [...exchange.violations];
  const parsed = exchange.json ?? anyJson(response.text);
  // Prism checks a body only when the media type is JSON; a JSON body sent under another type
  // ("Response body must be object") is checked here too, so its wrong fields are named as well.
  if (ok && parsed !== undefined && violations.some((v) => v.location === 'response.body' && /must be object/.test(v.message))) {
    for (const issue of validateChatSessionResponse(parsed)) {
      violations.push({ location: `response.body${issue.path.replaceAll('/', '.')}`, message: `${issue.message} (checked after parsing the body as JSON)`, severity: 'Error' });
    }
  }
  if (ok && parsed === undefined && response.text.trim() !== '') violations.push({ location: 'response.body', message: `not JSON (${response.text.length} characters)`, severity: 'Error' });
  if (ok && response.text.trim() === '') violations.push({ location: 'response.body', message: 'empty; the spec promises the saved chat session', severity: 'Error' });
  for (const v of violations) lines.push(`  ${v.severity === 'Error' ? '✗' : '!'} ${v.location || '(message)'}: ${v.message}`);
  const missing = ok && parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? TOP_LEVEL.filter((name) => !(name in parsed)) : [];
  if (missing.length > 0) lines.push(`  note: the response omits ${missing.length} ${missing.length === 1 ? 'property' : 'properties'} of the spec (allowed: the vendor marks none required; older servers omit newer ones): ${missing.join(', ')}`);
  const errors = countErrors(violations);
  const conforms = ok && errors === 0;
  const reasons = [...(errors > 0 ? [`${errors} violation${errors === 1 ? '' : 's'}`] : []), ...(ok ? [] : [`status ${response.status}`])];
  lines.push(conforms ? 'Result: conforms' : `Result: does not conform (${reasons.join(', ')})`);
  return { conforms, lines };
}

const countErrors = (violations: readonly Violation[]) => violations.filter((v) => v.severity === 'Error').length;

function whyNoResponse(failure: unknown, timeoutMs: number): string {
  if (failure instanceof DeadlineError && failure.during) return `the time limit of ${timeoutMs} ms (--timeout-ms) passed while ${failure.during}; nothing was sent`;
  if (failure instanceof DeadlineError || failure instanceof ChatSessionTimeoutError) return `no complete response from the server within ${timeoutMs} ms (--timeout-ms)`;
  if (failure instanceof BodyTooLargeError) return `${failure.message}; not checked`;
  if (failure instanceof ChatSessionNetworkError) {
    const { unreachable, description } = describeNetworkFailure(failure);
    return unreachable ? `the server is unreachable: ${description}` : `no complete response from the server: ${description}`;
  }
  throw failure; // not a failure of the server's: a bug, reported as an error
}

function anyJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
