// How a check walks the body: the path to the value being checked, the issues found so far, and
// whether issues are wanted at all (a oneOf counts its matching branches quietly first).
import type { ValidationIssue } from '../errors/validation-error.js';

/**
 * The most issues a check keeps. A body of maxResponseBytes can break the schema millions of times
 * (16 MiB of `[1,1,…]` is 8 million issues: minutes of CPU and gigabytes of issue objects); past
 * this many, the walk goes on quietly, stopping at the first failure, so time and memory stay bounded.
 */
export const MAX_ISSUES = 1000;

export interface Walk {
  /** The keys from the body down to the value being checked (a stack: pushed and popped, never copied). */
  readonly at: (string | number)[];
  /** At most MAX_ISSUES, each path and message once (allOf branches of one object can report the same type error). */
  readonly issues: ValidationIssue[];
  /** `path message` of each issue kept. */
  readonly seen: Set<string>;
  /** Only whether it matches is wanted: no issues, stop at the first failure. Set for good once MAX_ISSUES are kept. */
  quiet: boolean;
}
/** Whether the value matched; its issues are appended to `walk.issues`. */
export type Check = (data: unknown, walk: Walk) => boolean;

/** A JSON Pointer step: `~` and `/` escaped. */
const escape = (key: string | number) => (typeof key === 'number' ? `/${key}` : `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);

/** Adds an issue at the current path (the path is built only here, for an issue that is kept). */
export function report(walk: Walk, message: string): false {
  if (walk.quiet) return false;
  const path = walk.at.map(escape).join('');
  const key = `${path} ${message}`;
  if (walk.seen.has(key)) return false;
  walk.seen.add(key);
  walk.issues.push({ path, message });
  // No oneOf turns this off again: each restores `quiet` only after its quiet count, before it reports.
  if (walk.issues.length === MAX_ISSUES) walk.quiet = true;
  return false;
}

/** Checks `data` (the value at `key` of the current one) with `check`. */
export function below(check: Check, data: unknown, key: string | number, walk: Walk): boolean {
  if (walk.quiet) return check(data, walk);
  walk.at.push(key);
  const valid = check(data, walk);
  walk.at.pop();
  return valid;
}

/** Whether `passes(i)` holds for every i < count: all are run (every issue is wanted), except in a quiet walk, which stops at the first failure. */
export function each(walk: Walk, count: number, passes: (i: number) => boolean): boolean {
  let valid = true;
  for (let i = 0; i < count; i++) {
    if (passes(i)) continue;
    if (walk.quiet) return false;
    valid = false;
  }
  return valid;
}

/** All of `checks` on the same value. */
export function all(checks: readonly Check[]): Check {
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (data, walk) => each(walk, checks.length, (i) => checks[i]!(data, walk));
}
