// Compile-time checks of the client's methods: each one's parameters and result are the generated
// types, `select` narrows the result of create, get, update and patch (entity paths) and of list
// and topicSessions (archive columns), `retry` is accepted only by GET, PUT and DELETE operations.
// A wrong expectation here fails `npm test` (see test/type-assertions.test.ts and
// test/types/must-fail/wrong-methods.ts).
import type {
  ChatMessage,
  ChatSessionClient,
  ChatSessionEntityWithLinks,
  ChatSessionEntityWithRights,
  ODataRow,
  ODataSlimResponse,
  operations,
} from '../../src/index';
import { assertType, type Equals } from './assert';

declare const client: ChatSessionClient;
type Ok<Id extends keyof operations> = operations[Id]['responses'] extends { 200: { content: { 'application/json': infer B } } } ? B : never;

export async function results() {
  // What each method resolves to: the operation's 200 body as the spec types it.
  const whole = [await client.get(1), await client.update(1, {}), await client.patch(1, {})] as const;
  assertType<Equals<typeof whole, readonly [ChatSessionEntityWithLinks, ChatSessionEntityWithLinks, ChatSessionEntityWithLinks]>>();
  assertType<Equals<Awaited<ReturnType<typeof client.getDefault>>, ChatSessionEntityWithRights>>();
  assertType<Equals<Awaited<ReturnType<typeof client.delete>>, undefined>>();
  const listedWhole = await client.list();
  assertType<Equals<typeof listedWhole, ODataSlimResponse>>();
  assertType<Equals<Awaited<ReturnType<typeof client.forCurrentUser>>, ChatSessionEntityWithRights[]>>();
  assertType<Equals<Awaited<ReturnType<typeof client.messages>>, ChatMessage[]>>();
  assertType<Equals<Awaited<ReturnType<typeof client.addMessage>>, ChatMessage>>();
  assertType<Equals<Awaited<ReturnType<typeof client.transcript>>, string>>();
  // pickUp: "Returns NULL if session was not in queue."
  assertType<Equals<Awaited<ReturnType<typeof client.pickUp>>, ChatSessionEntityWithRights | null>>();
  assertType<Equals<Awaited<ReturnType<typeof client.pickUp>>, Ok<'PickUpChatSession'>>>();
  assertType<Equals<Awaited<ReturnType<typeof client.pickUpFirst>>, ChatSessionEntityWithRights>>();
  assertType<Equals<Awaited<ReturnType<typeof client.reset>>, Ok<'ResetChatSession'>>>();
  assertType<Equals<Awaited<ReturnType<typeof client.transfer>>, Ok<'TransferChatSession'>>>();
  assertType<Equals<Awaited<ReturnType<typeof client.acceptTransfer>>, Ok<'AcceptChatSessionTransfer'>>>();
  assertType<Equals<Awaited<ReturnType<typeof client.rejectTransfer>>, Ok<'RejectChatSessionTransfer'>>>();
  assertType<Equals<Awaited<ReturnType<typeof client.createForTopic>>, Ok<'CreateChatSessionForTopic'>>>();
  const topicWhole = await client.topicSessions(604);
  assertType<Equals<typeof topicWhole, Ok<'GetChatTopicSessions'>>>();

  // Parameters: ids are numbers; the transfer target a name or an associate id.
  assertType<Equals<Parameters<typeof client.get>[0], number>>();
  const target: Parameters<typeof client.transfer>[1] = 0 as unknown as string | number;
  assertType<Equals<typeof target, string | number>>();
  assertType<Equals<Parameters<typeof client.addMessage>[1], ChatMessage>>();

  // $select narrows get, update and patch as it narrows create.
  const got = await client.get(1, { select: ['CustomerName', 'User/AssociateId'] });
  assertType<Equals<typeof got.CustomerName, string | undefined>>();
  assertType<Equals<typeof got.CustomerEmail, null>>();
  assertType<Equals<NonNullable<typeof got.User>['Name'], null>>();
  const updated = await client.update(1, {}, { select: ['Status'] });
  assertType<Equals<typeof updated.CustomerName, null>>();
  const patched = await client.patch(1, [{ op: 'remove', path: 'CustomerName' }], { select: ['CustomerName'] });
  assertType<Equals<typeof patched.CustomerName, string | undefined>>();
  assertType<Equals<typeof patched.Status, null>>();

  // list and topicSessions: the rows carry the selected columns.
  const listed = await client.list({ select: ['name', 'category/id'], $top: 10, $mode: 'Full' });
  type Row = NonNullable<typeof listed.value>[number];
  assertType<Equals<Row, ODataRow & { name: unknown; 'category/id': unknown }>>();
  assertType<Equals<typeof listed['odata.nextLink'], string | undefined>>();
  const topic = await client.topicSessions(604, { select: ['PrimaryKey'] });
  assertType<Equals<'PrimaryKey' extends keyof NonNullable<typeof topic.value>[number] ? true : false, true>>();

  // listPages yields pages of the same type as list.
  for await (const page of client.listPages({ select: ['name'], maxPages: 5 })) {
    assertType<Equals<typeof page, Awaited<ReturnType<typeof client.list<['name']>>>>>();
  }

  // PATCH: a JSON Patch document (typed operations) or a merge-patch object.
  await client.patch(1, [{ op: 'add', path: '/CustomerName', value: 'Kris' }, { op: 'test', path: 'Status', value: 'InQueue' }, { op: 'remove', path: 'User' }]);
  await client.patch(1, { CustomerName: 'Kris', Status: 'InQueue' });

  // retry: GET, PUT and DELETE only.
  await client.get(1, { retry: { retries: 3 } });
  await client.update(1, {}, { retry: { retries: 3, minDelayMs: 100, maxDelayMs: 2000 } });
  await client.delete(1, { retry: { retries: 1 } });
  await client.list({ retry: { retries: 1 } });
  await client.messages(1, { after: 106, retry: { retries: 1 } });
  await client.transcript(1, { html: true });
}
