// Compile-time checks over generated/schema.d.ts: the generated types say what the spec says.
import type { components, operations } from '../../generated/schema';
import { assertType, type Equals } from './assert';

type Schemas = components['schemas'];
type Entity = Required<Schemas['ChatSessionEntity']>;
type WithLinks = Required<Schemas['ChatSessionEntityWithLinks']>;

// Nested carriers are `T | null` (oneOf [$ref, null]).
assertType<Equals<Entity['User'], Schemas['Associate'] | null>>();
assertType<Equals<Entity['TransferTo'], Schemas['Associate'] | null>>();
assertType<Equals<Entity['Person'], Schemas['Person'] | null>>();
assertType<Equals<Entity['Contact'], Schemas['Contact'] | null>>();
assertType<Equals<Entity['Project'], Schemas['Project'] | null>>();
assertType<Equals<Entity['Sale'], Schemas['Sale'] | null>>();
assertType<Equals<Entity['Ticket'], Schemas['Ticket'] | null>>();
assertType<Equals<WithLinks['TableRight'], Schemas['TableRight'] | null>>();

// Scalars.
assertType<Equals<Entity['ChatSessionId'], number>>();
assertType<Equals<Entity['Rating'], number>>();
assertType<Equals<Entity['CustomerConsented'], boolean>>();
assertType<Equals<Entity['CustomerName'], string>>();
assertType<Equals<Entity['WhenRequested'], string>>();
assertType<Equals<Entity['Flags'], string>>();

// Status is the union of ChatSessionStatus names.
assertType<Equals<Entity['Status'], 'Invalid' | 'PreChatForm' | 'Faq' | 'OfflineForm' | 'InQueue' | 'CustomerLast' | 'UserLast' | 'Finished' | 'Deleted' | 'Closed' | 'RequestPosted' | 'ClosedFromQueue'>>();

// No property is required: an empty object is a ChatSessionEntity.
assertType<Equals<{} extends Schemas['ChatSessionEntity'] ? true : false, true>>();
assertType<Equals<{} extends Schemas['ChatSessionEntityWithLinks'] ? true : false, true>>();

// FieldProperties: a map (or null) whose values are {FieldRight, FieldType, FieldLength}.
type FieldProperty = NonNullable<WithLinks['FieldProperties']>[string];
assertType<Equals<Required<FieldProperty>['FieldType'], string>>();
assertType<Equals<Required<FieldProperty>['FieldLength'], number>>();
assertType<Equals<Required<FieldProperty>['FieldRight'], Schemas['FieldRight'] | null>>();
assertType<Equals<NonNullable<WithLinks['_Links']>[string], string>>();

// Plain enums in carriers are unions of names, or null.
assertType<Equals<Required<Schemas['Associate']>['Type'], Schemas['UserType'] | null>>();
assertType<Equals<Schemas['SaleStatus'], 'Unknown' | 'Open' | 'Sold' | 'Lost' | 'Stalled' | 'SaintAll'>>();

// The operation: request body under every content type, 200 under every Accept type.
type Op = operations['PostChatSessionEntity'];
type RequestContent = NonNullable<Op['requestBody']>['content'];
assertType<Equals<keyof RequestContent, 'application/json' | 'text/json' | 'application/xml' | 'text/xml' | 'application/x-www-form-urlencoded' | 'application/json-patch+json' | 'application/merge-patch+json'>>();
assertType<Equals<RequestContent['application/json'], Schemas['ChatSessionEntity']>>();
assertType<Equals<RequestContent['application/json-patch+json'], Schemas['JsonPatchDocument']>>();
assertType<Equals<Op['responses'][200]['content']['application/json'], Schemas['ChatSessionEntityWithLinks']>>();
assertType<Equals<keyof Op['responses'][200]['content'], 'application/json' | 'text/json' | 'application/xml' | 'text/xml' | 'application/json-patch+json' | 'application/merge-patch+json'>>();
assertType<Equals<NonNullable<Op['parameters']['query']>['$select'], string | undefined>>();
assertType<Equals<keyof NonNullable<Op['parameters']['header']>, 'Accept-Language' | 'SO-Language' | 'SO-Culture' | 'SO-TimeZone' | 'SO-AppToken'>>();

// A JSON Patch operation is a union keyed by `op`.
type PatchOp = Schemas['JsonPatchOperation'];
assertType<Equals<Extract<PatchOp, { op: 'remove' }> extends { value: unknown } ? true : false, false>>();
