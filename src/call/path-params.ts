// Path parameters, checked before anything is sent (ids are positive 32-bit integers, a user is a
// name or an id), and the path filled in with them. Only the operations loaded on first use have
// path parameters, so this is loaded with them (lazy-operations.ts) and throws nothing: what is
// wrong travels to the pipeline as the input's `problem`, which it throws in its turn.
import type { Operation, PathParamKind } from '../operation.js';
import { describeType } from '../utils/describe-type.js';
import { isWellFormed } from '../utils/well-formed.js';
import type { OperationInput } from './pipeline.js';

const INT32_MAX = 2_147_483_647;

const isInt32 = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= INT32_MAX;

/** The value a path parameter is sent with, or what is wrong with it; `method` names the client method, for messages. */
export function pathValue(method: string, name: string, kind: PathParamKind, value: unknown): string | number | { problem: string } {
  if (kind === 'id') {
    if (isInt32(value, 1)) return value;
    return { problem: `${method}: ${name} must be a positive 32-bit integer (1 to ${INT32_MAX}), got ${describeId(value)}.` };
  }
  if (isInt32(value, 1)) return String(value);
  // A name travels percent-encoded as one path segment; "." and ".." would be read as dot segments
  // (even percent-encoded) and move the request to another path, so they are refused; so is a lone
  // surrogate, which cannot be percent-encoded.
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 256 && value !== '.' && value !== '..' && !/[\u0000-\u001f\u007f]/.test(value) && isWellFormed(value)) return value;
  return { problem: `${method}: ${name} must be a user's name (1 to 256 characters, no control characters or lone surrogates, not "." or "..") or a positive 32-bit associate id, got ${describeId(value)}.` };
}

/** A wrong id as messages show it: numbers as they are (they are not secret), other values by type. */
function describeId(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : describeType(value);
}

/** What argumentsOf needs of an operation, worked out once per operation. */
interface Shape {
  readonly params: readonly (readonly [string, PathParamKind])[];
  /** The path template split at its parameters: literal text at even indices, parameter names at odd ones. */
  readonly parts: readonly string[];
  readonly hasBody: boolean;
}
const shapes = new WeakMap<Operation, Shape>();
const shapeOf = (operation: Operation): Shape => ({ params: Object.entries(operation.pathParams ?? {}), parts: operation.path.split(/\{(\w+)\}/), hasBody: operation.checkBody !== undefined });

/**
 * A method's arguments as the pipeline's input and options: `(...path parameters, body?, options?)`,
 * path parameters in the order operations.ts lists them (checked, and the path filled in with
 * each percent-encoded as one segment), a body when the operation has one.
 */
export function argumentsOf(operation: Operation, args: readonly unknown[]): [OperationInput, unknown] {
  let shape = shapes.get(operation);
  if (!shape) shapes.set(operation, (shape = shapeOf(operation)));
  const { params, parts, hasBody } = shape;
  const values: Record<string, string | number> = {};
  let problem: string | undefined;
  for (let i = 0; i < params.length; i += 1) {
    const [name, kind] = params[i]!;
    const value = pathValue(operation.name, name, kind, args[i]);
    if (typeof value === 'object') problem ??= value.problem;
    else values[name] = value;
  }
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) path += encodeURIComponent(values[parts[i]!]!) + parts[i + 1]!;
  const input: OperationInput = { params: { path: values }, path, problem, body: hasBody ? args[params.length] : undefined };
  return [input, args[params.length + (hasBody ? 1 : 0)]];
}
