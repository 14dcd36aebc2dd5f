// What an operation is: the data the generic per-call pipeline (call/pipeline.ts) runs, and
// create's, the one operation a page loads up front. The others are in operations.ts, loaded with
// what only they need on the first call of one of their methods (lazy-operations.ts).
import type { ChatSessionClient } from './client.js';
import type { operations, paths } from './types.js';
import { checkEntity } from './call/check-body.js';
import type { QuerySpec } from './call/query.js';

/** What a 2xx body must be: a JSON object, array or string, an object or `null`, or nothing (204). */
export type ResultKind = 'object' | 'array' | 'string' | 'object-or-null' | 'none';

/** The name of a method of the client that runs an operation (or walks a list's pages). */
export type MethodName = Exclude<keyof ChatSessionClient, 'raw'>;

/** What a path parameter holds: a positive 32-bit id, or a user (associate) name or id. */
export type PathParamKind = 'id' | 'associate';

export interface Operation {
  /** The operationId in the spec (reported to `onSlowCall`). */
  readonly id: keyof operations;
  /** The client method that runs it: `name(...path parameters, body?, options?)`. */
  readonly name: MethodName;
  /** For the archive lists: the method that walks their pages (call/pages.ts). */
  readonly pages?: MethodName;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: keyof paths;
  /** The path parameters, in the order the method takes them. */
  readonly pathParams?: Readonly<Record<string, PathParamKind>>;
  /** The query parameters the method accepts (other than `$select`), with what each must hold. */
  readonly query?: QuerySpec;
  /** `$select`: of the entity's property paths (checked against them), or of archive columns. */
  readonly select?: 'entity' | 'archive';
  /** The response schema's name (for messages) and the kind of JSON it is. */
  readonly result: { readonly schema: string; readonly kind: ResultKind };
  /** What is wrong with the body (the pipeline throws it as a ChatSessionUsageError; nothing is sent), or undefined. An operation with a body has one. */
  readonly checkBody?: (body: unknown) => string | undefined;
  /** The body may be a JSON Patch document: an array body is checked by checks/json-patch.ts (lazily loaded). */
  readonly jsonPatch?: true;
  /** The Content-Type of the body, when it is not application/json. */
  readonly contentType?: (body: unknown) => string;
}

/** Create's result, which get, update and patch share. */
export const ENTITY_WITH_LINKS: Operation['result'] = { schema: 'ChatSessionEntityWithLinks', kind: 'object' };

/** `POST /api/v1/ChatSession`: SaveChatSessionEntity. */
export const CREATE = { id: 'PostChatSessionEntity', name: 'create', method: 'POST', path: '/api/v1/ChatSession', select: 'entity', result: ENTITY_WITH_LINKS, checkBody: checkEntity } satisfies Operation;
