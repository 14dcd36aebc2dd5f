// The methods client.ts names up front must be exactly those of the operations loaded on first use
// (src/operations.ts, LAZY_OPERATIONS): each list below is wrong in one way, and each is a compile error.
import type { LAZY_METHODS, LAZY_PAGE_METHODS } from '../../../src/client';
import type { ListsAgree } from '../../../src/operations';
import { assertType } from '../assert';

type Calls = typeof LAZY_METHODS;
type Pages = typeof LAZY_PAGE_METHODS;
type Without<List extends readonly string[], Name extends string> = Exclude<List[number], Name>[];

// @expect-error a method named up front whose operation is not in the table
assertType<ListsAgree<[...Calls, 'archive'], Pages>>();
// @expect-error an operation of the table whose method is not named up front
assertType<ListsAgree<Without<Calls, 'reset'>, Pages>>();
// @expect-error a pages method listed among the calls (it would return a promise, not an iterator)
assertType<ListsAgree<[...Calls, 'listPages'], Without<Pages, 'listPages'>>>();
// @expect-error a pages method not named up front
assertType<ListsAgree<Calls, ['listPages']>>();
// The real lists agree (this line compiles).
assertType<ListsAgree<Calls, Pages>>();
