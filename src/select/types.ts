// `$select`: which properties the server should fill in. The paths are derived from the generated
// types, and the result type narrows: selected properties keep their type, the others are null
// (the page: "Other fields are then nulled out to reduce payload size").
import type { ChatSessionEntityWithLinks, ODataRow, ODataSlimResponse } from '../types.js';

type Entity = ChatSessionEntityWithLinks;
type Key = keyof Entity & string;

/** The object type of a nested carrier property (maps such as FieldProperties and scalars excluded). */
type CarrierOf<T> = NonNullable<T> extends infer C
  ? C extends readonly unknown[]
    ? never
    : C extends object
      ? string extends keyof C
        ? never
        : C
      : never
  : never;

/** `Carrier/Property` for every property of every nested carrier, e.g. `User/AssociateId`. */
type NestedPath = { [K in Key]-?: [CarrierOf<Entity[K]>] extends [never] ? never : `${K}/${keyof CarrierOf<Entity[K]> & string}` }[Key];

/** A path `$select` accepts: a property of the entity (`CustomerName`) or of a nested carrier (`User/AssociateId`). */
export type SelectPath = Key | NestedPath;

type Head<P> = P extends `${infer H}/${string}` ? H : P;
type SubOf<P, K extends string> = P extends `${K}/${infer S}` ? S : never;

/** A carrier with only the selected sub-properties filled in; the server nulls the others. */
type NarrowCarrier<T, Sub extends string> = null extends T ? Narrowed<NonNullable<T>, Sub> | null : Narrowed<T, Sub>;
type Narrowed<C, Sub extends string> = Simplify<Pick<C, Extract<keyof C, Sub>> & { [K in Exclude<keyof C, Sub>]: null }>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The result type of `create(entity, { select })`: selected properties keep their type,
 * partially selected carriers keep only the selected sub-properties, and the rest are `null`.
 */
export type Selected<S extends readonly SelectPath[]> = Simplify<
  Pick<Entity, Extract<keyof Entity, S[number]>> & {
    [K in Exclude<Extract<keyof Entity, Head<S[number]>>, S[number]>]?: NarrowCarrier<Entity[K], SubOf<S[number], K & string>>;
  } & { [K in Exclude<keyof Entity, Head<S[number]>>]: null }
>;

/** The result type of `create`: the whole entity, or the narrowed one when `select` is given. */
export type CreateResult<S extends readonly SelectPath[] | undefined> = S extends readonly SelectPath[] ? Selected<S> : Entity;

/** The result of create, get, update and patch: the whole entity, or the narrowed one when `select` is given. */
export type EntityResult<S extends readonly SelectPath[] | undefined> = CreateResult<S>;

/** An archive list (list, topicSessions) whose rows carry at least the selected columns. */
export type ListResult<C extends readonly string[] | undefined> = C extends readonly string[]
  ? Simplify<Omit<ODataSlimResponse, 'value'> & { value?: Array<ODataRow & { [K in C[number]]: unknown }> }>
  : ODataSlimResponse;
