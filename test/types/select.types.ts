// Compile-time checks of `select`: the paths are derived from the generated types, and the
// result type narrows. A wrong expectation here fails `npm test` (see test/type-assertions.test.ts).
import type { ChatSessionClient, ChatSessionEntityWithLinks, components, SelectPath, Selected } from '../../src/index';
import type { SELECT_PATHS } from '../../generated/select-paths';
import { assertType, type Equals } from './assert';

type S = components['schemas'];

// The run-time list (generated from the spec) and the type (derived from schema.d.ts) are the same set.
assertType<Equals<(typeof SELECT_PATHS)[number], SelectPath>>();

// Paths: properties and nested carrier properties; maps and unknown names are not paths.
assertType<Equals<'CustomerName' extends SelectPath ? true : false, true>>();
assertType<Equals<'User/AssociateId' extends SelectPath ? true : false, true>>();
assertType<Equals<'Contact/Name' extends SelectPath ? true : false, true>>();
assertType<Equals<'TableRight/Mask' extends SelectPath ? true : false, true>>();
assertType<Equals<'Bogus' extends SelectPath ? true : false, false>>();
assertType<Equals<'User/Bogus' extends SelectPath ? true : false, false>>();
assertType<Equals<'FieldProperties/fieldName' extends SelectPath ? true : false, false>>();
assertType<Equals<'CustomerName/Length' extends SelectPath ? true : false, false>>();

// Narrowing: selected keep their type, the rest are null.
type R = Selected<['CustomerName', 'Status', 'User/AssociateId']>;
assertType<Equals<R['CustomerName'], string | undefined>>();
assertType<Equals<R['Status'], S['ChatSessionEntity']['Status']>>();
assertType<Equals<R['CustomerEmail'], null>>();
assertType<Equals<R['ChatSessionId'], null>>();
assertType<Equals<R['Contact'], null>>();
assertType<Equals<R['_Links'], null>>();
type User = NonNullable<R['User']>;
assertType<Equals<User['AssociateId'], number | undefined>>();
assertType<Equals<User['Name'], null>>();
assertType<Equals<null extends R['User'] ? true : false, true>>();

// A whole carrier selected keeps its full type.
assertType<Equals<Selected<['User']>['User'], S['Associate'] | null | undefined>>();

// create(): the result type follows `select`.
declare const client: ChatSessionClient;
async function results() {
  const all = await client.create({});
  assertType<Equals<typeof all, ChatSessionEntityWithLinks>>();
  const some = await client.create({}, { select: ['CustomerName', 'User/AssociateId'] });
  assertType<Equals<typeof some.CustomerName, string | undefined>>();
  assertType<Equals<typeof some.CustomerEmail, null>>();
  // @ts-expect-error an unknown path does not compile
  await client.create({}, { select: ['Bogus'] });
  // @ts-expect-error a property of the wrong type in the entity does not compile
  await client.create({ ChatSessionId: '1' });
  // @ts-expect-error an unknown Status does not compile
  await client.create({ Status: 'Open' });
}
void results;
