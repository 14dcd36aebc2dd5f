// Each assertion here is wrong on purpose: test/type-assertions.test.ts compiles this file and
// expects exactly these errors, which proves the checks in test/types/ can fail.
import type { components } from '../../../generated/schema';
import { assertType, type Equals } from '../assert';

type Entity = Required<components['schemas']['ChatSessionEntity']>;

// @expect-error User is Associate | null, not Associate
assertType<Equals<Entity['User'], components['schemas']['Associate']>>();
// @expect-error ChatSessionId is number, not string
assertType<Equals<Entity['ChatSessionId'], string>>();
// @expect-error FieldType is string, not number
assertType<Equals<Required<NonNullable<Required<components['schemas']['ChatSessionEntityWithLinks']>['FieldProperties']>[string]>['FieldType'], number>>();
// @expect-error Status is a union of names, not any string
assertType<Equals<Entity['Status'], string>>();
