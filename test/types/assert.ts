// Compile-time assertions. `npm run typecheck` (part of `npm test`) fails when one does not hold;
// test/type-assertions.test.ts proves that they can fail.

/** true when A and B are the same type (not merely assignable). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when T is `true`. */
export function assertType<T extends true>(..._: T extends true ? [] : [never]): void {}
