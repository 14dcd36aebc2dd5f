// $select on the wire, and the narrowed result a caller gets.
import { CONTAINER_PATHS, SELECT_PATHS } from '../../generated/select-paths';
import { json, useLoopbackServer } from '../support/loopback-server';
import { clientFor } from '../support/client';
import { sampleRequest, sampleResponse } from '../support/samples';
import { deref, propertiesOf, schemaNamed, type Json } from '../support/spec';

const server = useLoopbackServer();
beforeEach(() => {
  server.requests.length = 0;
});

test('sent as ?$select=a,b/c with commas and slashes as they are', async () => {
  server.handle(json(200, sampleResponse));
  const client = clientFor(`${server.url}/Cust1`);
  await client.create(sampleRequest, { select: ['CustomerName', 'User/AssociateId', 'Contact/Name', 'CustomerName'] });
  expect(server.requests[0]!.url).toBe('/Cust1/api/v1/ChatSession?$select=CustomerName,User/AssociateId,Contact/Name');
});

test('without select there is no query string', async () => {
  server.handle(json(200, sampleResponse));
  await clientFor(server).create(sampleRequest);
  expect(server.requests[0]!.url).toBe('/api/v1/ChatSession');
});

test('the server nulls what was not selected, and the result says so', async () => {
  const nulled = Object.fromEntries(Object.keys(sampleResponse).map((k) => [k, null]));
  server.handle(json(200, { ...nulled, CustomerName: 'Kris', User: { AssociateId: 5, Name: null } }));
  const client = clientFor(server, { validateResponses: true });
  const session = await client.create(sampleRequest, { select: ['CustomerName', 'User/AssociateId'] });
  // Types: CustomerName is string | undefined, CustomerEmail is null, User.AssociateId is number | undefined.
  const name: string | undefined = session.CustomerName;
  const email: null = session.CustomerEmail;
  const associateId: number | undefined = session.User?.AssociateId;
  const userName: null | undefined = session.User?.Name;
  expect({ name, email, associateId, userName }).toEqual({ name: 'Kris', email: null, associateId: 5, userName: null });
});

test('the run-time list of select paths is every property of the response entity and of its carriers', () => {
  const entity = propertiesOf(schemaNamed('ChatSessionEntityWithLinks'));
  const top = SELECT_PATHS.filter((p) => !p.includes('/'));
  expect(top).toEqual(Object.keys(entity));
  expect(SELECT_PATHS).toContain('User/AssociateId');
  expect(SELECT_PATHS).toContain('Contact/Name');
  expect(SELECT_PATHS).toContain('Ticket/TicketId');
  expect(SELECT_PATHS).not.toContain('FieldProperties/fieldName');
  for (const carrier of ['User', 'Person', 'Contact', 'Project', 'Sale', 'Ticket', 'TransferTo', 'TableRight']) {
    const name = carrier === 'User' || carrier === 'TransferTo' ? 'Associate' : carrier;
    expect(SELECT_PATHS.filter((p) => p.startsWith(`${carrier}/`))).toEqual(Object.keys(propertiesOf(schemaNamed(name))).map((p) => `${carrier}/${p}`));
  }
});

test('CONTAINER_PATHS (where a JSON Patch path may go deeper) are the select paths whose schema, null aside, is an object or an array', () => {
  const nonNull = (schema: Json): Json[] => {
    const s = deref(schema);
    return s.oneOf ? s.oneOf.flatMap(nonNull) : s.type === 'null' ? [] : [s];
  };
  const holdsValues = (schema: Json) => nonNull(schema).some((s) => [s.type].flat().some((type: string) => type === 'object' || type === 'array') || s.allOf !== undefined);
  const entity = propertiesOf(schemaNamed('ChatSessionEntityWithLinks'));
  const expected = SELECT_PATHS.filter((path) => {
    const [name, sub] = path.split('/') as [string, string?];
    return holdsValues(sub === undefined ? entity[name] : propertiesOf(nonNull(entity[name])[0])[sub]);
  });
  expect([...CONTAINER_PATHS].sort()).toEqual([...expected].sort());
  expect(CONTAINER_PATHS).toEqual(expect.arrayContaining(['User', 'User/ExtraFields', 'FieldProperties', '_Links', 'Contact/Address', 'TableRight']));
  expect(CONTAINER_PATHS).not.toContain('CustomerName');
  expect(CONTAINER_PATHS).not.toContain('WhenStarted');
});
