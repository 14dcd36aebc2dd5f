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

const MAX_ISSUES_IN_MESSAGE = 20;

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
  const { validateResponse, MAX_VALIDATION_ISSUES } = await validation;
  const issues = validateResponse(operation.id, parsed, operation.select === 'entity' ? select : undefined);
  if (issues.length === 0) return parsed;
  // The message names the first MAX_ISSUES_IN_MESSAGE (a body can break the schema once per item),
  // each path clipped (a key may be as long as the body); `issues` holds them all, up to the
  // validator's cap, where the check stops (a body may break the schema millions of times).
  const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => `${clip(issue.path) || '(body)'} ${issue.message}`);
  const more = issues.length - shown.length;
  const rest = issues.length >= MAX_VALIDATION_ISSUES ? `; and ${more} more issues (see issues), where the check stopped: the body may break the schema in more places` : more > 0 ? `; and ${more} more issues (see issues)` : '';
  throw new ChatSessionValidationError(`The response does not match ${operation.result.schema}: ${shown.join('; ')}${rest}`, { ...fields(), issues });
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
