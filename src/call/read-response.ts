// Turns what openapi-fetch returned into the operation's typed data or a typed error.
import { ChatSessionApiError } from '../errors/api-error.js';
import { ChatSessionResponseError, type ResponseErrorInit } from '../errors/response-error.js';
import { ChatSessionValidationError } from '../errors/validation-error.js';
import type { Operation } from '../operation.js';
import { describeType } from '../utils/describe-type.js';
import { clip } from '../utils/clip.js';
import { requestIdOf, statusLine } from '../errors/from-response.js';
import { summarize, type CallContext } from './context.js';

type ValidationModule = typeof import('../validation.js');

/** What openapi-fetch resolves to with `parseAs: 'text'`. */
export interface FetchResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** The typed data, or a typed error; synchronous unless the response is validated (the validator may still be loading). */
export function readResponse(
  operation: Operation,
  { data, error, response }: FetchResult,
  context: CallContext,
  validation: Promise<ValidationModule> | undefined,
  select: readonly string[] | undefined,
): unknown {
  const { secrets } = context;
  if (!response.ok) {
    // openapi-fetch gives '' for an empty error body; undefined says "no body" more plainly.
    const body = error !== '' ? error : undefined;
    const init = { request: summarize(context.request)!, status: response.status, statusText: response.statusText, requestId: requestIdOf(response), body, secrets };
    throw new ChatSessionApiError(statusLine(context, response), init);
  }
  // Built only when an error needs them: redacting headers is work a successful call does not do.
  const fields = () => ({ request: summarize(context.request), status: response.status, contentType: response.headers.get('content-type') ?? undefined, secrets });
  if (operation.result.kind === 'none') return undefined; // 204: nothing to read (a body, if any, is not the operation's)
  const parsed = parseBody(data, operation, response.status, fields);
  return validation ? validated(operation, parsed, validation, select, fields) : parsed;
}

async function validated(operation: Operation, parsed: unknown, validation: Promise<ValidationModule>, select: readonly string[] | undefined, fields: () => ResponseErrorInit): Promise<unknown> {
  // `select` narrows only the entity's properties; archive columns are rows' keys, not nulled-out properties.
  const { validateResponse, describeIssues } = await validation;
  const issues = validateResponse(operation.id, parsed, operation.select === 'entity' ? select : undefined);
  // The message's list of issues is made by the validator's module: its words load with it.
  if (issues.length > 0) throw new ChatSessionValidationError(`The response does not match ${operation.result.schema}: ${describeIssues(issues)}`, { ...fields(), issues });
  return parsed;
}

/** Each kind of body: whether the JSON is one, and its name for messages. */
const KINDS: Record<Exclude<Operation['result']['kind'], 'none'>, [(data: unknown) => boolean, string]> = {
  object: [(data) => isObject(data), 'an object'],
  'object-or-null': [(data) => data === null || isObject(data), 'an object or null'],
  array: [(data) => Array.isArray(data), 'an array'],
  string: [(data) => typeof data === 'string', 'a string'],
};

const isObject = (data: unknown) => data !== null && typeof data === 'object' && !Array.isArray(data);

/** The 2xx body as the operation's kind of JSON, or ChatSessionResponseError when it is empty, not JSON, or another kind. */
function parseBody(text: unknown, operation: Operation, status: number, fields: () => ResponseErrorInit): unknown {
  if (typeof text !== 'string' || !/\S/.test(text)) { // not trim(): that copies the whole body
    throw new ChatSessionResponseError(`The server answered ${status} with an empty body instead of ${operation.result.schema}.`, fields());
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON.parse's own error as the cause: its message quotes the start of the body, which may
    // echo a credential (even a prefix of one is too much).
    const cause = new SyntaxError(`The body (${text.length} characters) is not valid JSON.`);
    const init = fields();
    throw new ChatSessionResponseError(`The server answered ${status} with a body that is not JSON (Content-Type ${clip(init.contentType ?? 'none')}).`, { ...init, cause });
  }
  const [isKind, kindName] = KINDS[operation.result.kind as keyof typeof KINDS];
  if (!isKind(data)) {
    throw new ChatSessionResponseError(`The server answered ${status} with JSON that is not ${kindName} (${describeType(data)}) instead of ${operation.result.schema}.`, fields());
  }
  return data;
}
