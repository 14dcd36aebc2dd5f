// Wrong expectations about `select`, each a compile error (checked by test/type-assertions.test.ts).
import type { Selected } from '../../../src/index';
import { assertType, type Equals } from '../assert';

type R = Selected<['CustomerName']>;
// @expect-error a non-selected property is null, not string
assertType<Equals<R['CustomerEmail'], string | undefined>>();
// @expect-error a selected property keeps its type, it is not null
assertType<Equals<R['CustomerName'], null>>();
