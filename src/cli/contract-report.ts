// The contract check's report of one step: one line per finding. Each element is printed as one
// line through the redactor (upstream text is hostile; a line break in it cannot start a line of
// its own).
import { SELECT_PATHS } from '../../generated/select-paths.js';
import { ChatSessionNetworkError } from '../errors/network-error.js';
import { ChatSessionTimeoutError } from '../errors/timeout-error.js';
import { validateChatSessionResponse } from '../validation.js';
import type { Exchange } from './contract-check.js';
import { DeadlineError } from './deadline.js';
import { describeNetworkFailure } from './network-failure.js';
import { excerpt } from './redact.js';
import { BodyTooLargeError } from './upstream.js';

/** What a step's 2xx answer should carry. */
export interface Promised {
  /** For messages: e.g. "the saved chat session". */
  readonly description: string;
  /** True when it is a ChatSessionEntityWithLinks (checked again after parsing a JSON body sent under another type; omitted properties noted). */
  readonly entity?: boolean;
}

export interface StepReport {
  readonly conforms: boolean;
  /** Why not, in a few words (`4 violations`, `status 500`, `no response`). */
  readonly reasons: readonly string[];
  /** True when the server answered 2xx (the next steps can run). */
  readonly answered: boolean;
  /** The 2xx body parsed as JSON, whatever its media type says. */
  readonly parsed: unknown;
  readonly lines: readonly string[];
}

const TOP_LEVEL = SELECT_PATHS.filter((p) => !p.includes('/'));
/** The violations printed per step: a body can break the spec once per item (an array of 500 000 numbers), and the report stays readable; the rest are counted. */
export const MAX_VIOLATION_LINES = 50;

/** The lines (indented under the step's heading) of `exchange`; `promised` is undefined when the answer has no body (204). */
export function stepReport(exchange: Exchange, promised: Promised | undefined, redact: (text: string) => string, timeoutMs: number): StepReport {
  const lines: string[] = [];
  const { response } = exchange;
  if (!response) {
    lines.push(`  ✗ ${whyNoResponse(exchange.failure, timeoutMs)}`);
    return { conforms: false, answered: false, parsed: undefined, reasons: ['no response'], lines };
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
  if (ok && promised?.entity && parsed !== undefined && violations.some((v) => v.location === 'response.body' && /must be object/.test(v.message))) {
    for (const issue of validateChatSessionResponse(parsed)) {
      violations.push({ location: `response.body${issue.path.replaceAll('/', '.')}`, message: `${issue.message} (checked after parsing the body as JSON)`, severity: 'Error' });
    }
  }
  if (ok && promised && parsed === undefined && response.text.trim() !== '') violations.push({ location: 'response.body', message: `not JSON (${response.text.length} characters)`, severity: 'Error' });
  if (ok && promised && response.text.trim() === '') violations.push({ location: 'response.body', message: `empty; the spec promises ${promised.description}`, severity: 'Error' });
  for (const v of violations.slice(0, MAX_VIOLATION_LINES)) lines.push(`  ${v.severity === 'Error' ? '✗' : '!'} ${v.location || '(message)'}: ${v.message}`);
  if (violations.length > MAX_VIOLATION_LINES) lines.push(`  ✗ … and ${violations.length - MAX_VIOLATION_LINES} more violations, not shown`);
  const missing = ok && promised?.entity && parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? TOP_LEVEL.filter((name) => !(name in parsed)) : [];
  if (missing.length > 0) lines.push(`  note: the response omits ${missing.length} ${missing.length === 1 ? 'property' : 'properties'} of the spec (allowed: the vendor marks none required; older servers omit newer ones): ${missing.join(', ')}`);
  const errors = violations.filter((v) => v.severity === 'Error').length;
  const reasons = [...(errors > 0 ? [`${errors} violation${errors === 1 ? '' : 's'}`] : []), ...(ok ? [] : [`status ${response.status}`])];
  return { conforms: reasons.length === 0, answered: ok, parsed: ok ? parsed : undefined, reasons, lines };
}

function whyNoResponse(failure: unknown, timeoutMs: number): string {
  if (failure instanceof DeadlineError && failure.during) return `the time limit of ${timeoutMs} ms (--timeout-ms) passed while ${failure.during}; nothing was sent`;
  if (failure instanceof DeadlineError && failure.timeoutMs < timeoutMs) {
    return `no complete response from the server within ${failure.timeoutMs} ms (--timeout-ms ${timeoutMs}, less ${timeoutMs - failure.timeoutMs} ms kept for deleting what the check created)`;
  }
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
