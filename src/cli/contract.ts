// `chatsession contract --upstream URL`: sends one request through Prism's validating proxy to a
// real server and reports every place where the request or the response breaks the spec.
import type { ChatSessionAuth, Secret } from '../auth/credentials.js';
import { parseArgs } from 'node:util';
import { createChatSessionClient } from '../client.js';
import { CREATE } from '../operations.js';
import type { ChatSessionEntity } from '../types.js';
import { SELECT_PATHS } from '../../generated/select-paths.js';
import { validateChatSessionResponse } from '../validation.js';
import { authFromEnv, UsageError } from './env.js';
import { startPrism } from './prism.js';
import { readEntity } from './read-entity.js';
import { sampleRequest, SPEC_PATH } from './spec.js';

export interface Violation {
  /** Where: e.g. `response.body.Rating`, `request.body.Status`, `response.headers.content-type`. */
  readonly location: string;
  readonly message: string;
  readonly severity: string;
}

export interface ContractReport {
  readonly conforms: boolean;
  readonly status: number;
  readonly contentType: string | undefined;
  readonly violations: readonly Violation[];
  /** Properties of the spec the response did not send (allowed: the vendor marks none required). */
  readonly missing: readonly string[];
  readonly text: string;
}

interface PrismViolation {
  location?: string[];
  message?: string;
  severity?: string;
}

const TOP_LEVEL = SELECT_PATHS.filter((p) => !p.includes('/'));

/** The command: `chatsession contract --upstream URL [--file entity.json]`. */
export async function contract(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { upstream: { type: 'string' }, file: { type: 'string' } } });
  if (!values.upstream) throw new UsageError('contract needs --upstream URL (the server to check)');
  const entity = values.file === undefined ? sampleRequest() : readEntity(values.file, false);
  const auth = authFromEnv(process.env);
  if (!auth) throw new UsageError('no credentials: set one kind of credentials in the environment (see --help)');
  const report = await runContract({ upstream: values.upstream, entity, auth, appToken: process.env.SO_APP_TOKEN });
  process.stdout.write(`${report.text}\n`);
  return report.conforms ? 0 : 1;
}

export async function runContract(options: { upstream: string; entity: ChatSessionEntity; auth: ChatSessionAuth; appToken?: Secret | undefined }): Promise<ContractReport> {
  const prism = await startPrism({ spec: SPEC_PATH, upstream: options.upstream });
  try {
    const client = createChatSessionClient({ baseUrl: prism.url, auth: options.auth, ...(options.appToken !== undefined ? { appToken: options.appToken } : {}) });
    const { response, data, error } = await client.raw.POST(CREATE.path, { body: options.entity, parseAs: 'text' });
    const violations: Violation[] = [];
    const header = response.headers.get('sl-violations');
    if (header) violations.push(...(JSON.parse(header) as PrismViolation[]).map(toViolation));
    const body = typeof data === 'string' ? data : error;
    // A request that breaks the spec is not forwarded: Prism answers 422 with the list.
    if (response.status === 422 && response.headers.get('content-type')?.includes('problem+json')) {
      const problem = (typeof body === 'string' ? safeJson(body) : body) as { validation?: PrismViolation[] } | undefined;
      violations.push(...(problem?.validation ?? []).map((v) => toViolation({ ...v, location: v.location ?? ['request'] })));
    }
    const contentType = response.headers.get('content-type') ?? undefined;
    const parsed = typeof data === 'string' ? safeJson(data) : undefined;
    // Prism checks a body only when the media type is JSON; a JSON body sent under another type
    // ("Response body must be object") is checked here too, so its wrong fields are named as well.
    if (response.ok && parsed !== undefined && violations.some((v) => v.location === 'response.body' && /must be object/.test(v.message))) {
      for (const issue of validateChatSessionResponse(parsed)) {
        violations.push({ location: `response.body${issue.path.replaceAll('/', '.')}`, message: `${issue.message} (checked after parsing the body as JSON)`, severity: 'Error' });
      }
    }
    const missing = response.ok && parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? TOP_LEVEL.filter((name) => !(name in parsed)) : [];
    const failedStatus = !response.ok;
    const conforms = violations.every((v) => v.severity !== 'Error') && !failedStatus;
    return { conforms, status: response.status, contentType, violations, missing, text: render(options.upstream, response.status, contentType, violations, missing, conforms) };
  } finally {
    await prism.close();
  }
}

function toViolation(v: PrismViolation): Violation {
  return { location: (v.location ?? []).join('.'), message: v.message ?? 'violation', severity: v.severity ?? 'Error' };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function render(upstream: string, status: number, contentType: string | undefined, violations: readonly Violation[], missing: readonly string[], conforms: boolean): string {
  const lines = [`Contract check of POST ${upstream.replace(/\/+$/, '')}${CREATE.path} against the spec`, `  response: ${status}${contentType ? ` (${contentType})` : ''}`];
  if (status >= 400 && status !== 422) lines.push(`  ✗ the server answered ${status}: the response could not be checked against the 200 schema (check the credentials and the entity)`);
  for (const v of violations) lines.push(`  ${v.severity === 'Error' ? '✗' : '!'} ${v.location || '(message)'}: ${v.message}`);
  if (missing.length > 0) lines.push(`  note: the response omits ${missing.length} ${missing.length === 1 ? 'property' : 'properties'} of the spec (allowed: the vendor marks none required; older servers omit newer ones): ${missing.join(', ')}`);
  const errors = violations.filter((v) => v.severity === 'Error').length;
  lines.push(conforms ? 'Result: conforms' : `Result: does not conform (${errors} violation${errors === 1 ? '' : 's'}${status >= 400 && status !== 422 ? `, status ${status}` : ''})`);
  return lines.join('\n');
}
