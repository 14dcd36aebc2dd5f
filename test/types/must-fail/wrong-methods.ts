// Wrong expectations and wrong calls of the client's methods: each must be a compile error.
import type { ChatSessionClient, ChatSessionEntityWithRights } from '../../../src/index';

declare const client: ChatSessionClient;

export async function wrong() {
  // @expect-error pickUp may resolve to null
  const picked: ChatSessionEntityWithRights = await client.pickUp(1);
  // @expect-error delete resolves to undefined, not an entity
  const deleted: { ChatSessionId?: number } = await client.delete(1);
  // @expect-error an id is a number
  await client.get('196');
  // @expect-error a $select path the entity does not have
  await client.get(1, { select: ['Bogus'] });
  const got = await client.get(1, { select: ['CustomerName'] });
  // @expect-error an unselected property is null
  const email: string | undefined = got.CustomerEmail;
  // @expect-error getDefault takes no select
  await client.getDefault({ select: ['CustomerName'] });
  // @expect-error POST is never retried
  await client.create({}, { retry: { retries: 2 } });
  // @expect-error PATCH is never retried
  await client.patch(1, { CustomerName: 'x' }, { retry: { retries: 2 } });
  // @expect-error addMessage (POST) is never retried
  await client.addMessage(1, {}, { retry: { retries: 2 } });
  // @expect-error transcript is a POST: never retried
  await client.transcript(1, { retry: { retries: 2 } });
  // @expect-error move is not a supported JSON Patch operation
  await client.patch(1, [{ op: 'move', path: '/CustomerName', value: 1 }]);
  // @expect-error replace needs a value
  await client.patch(1, [{ op: 'replace', path: '/CustomerName' }]);
  // @expect-error $mode is Slim, Wide or Full
  await client.list({ $mode: 'full' });
  // @expect-error $top is a number
  await client.list({ $top: '10' });
  // @expect-error an unknown OData parameter
  await client.list({ $fitler: 'x' });
  // @expect-error $select of a list is the select option
  await client.list({ $select: 'name' });
  const listed = await client.list({ select: ['name'] });
  // @expect-error a selected column is unknown, not a string
  const name: string = listed.value![0]!.name;
  // @expect-error listPages needs maxPages
  client.listPages({});
  // @expect-error messages' after is a number
  await client.messages(1, { after: '5' });
  // @expect-error createForTopic takes no entity (the spec defines no request body)
  await client.createForTopic(1, { CustomerName: 'x' });
  // @expect-error a message's Type is a ChatMessageType name
  await client.addMessage(1, { Type: 'Shouting' });
  return [picked, deleted, email, name];
}
