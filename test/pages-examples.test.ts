// Every sample of every page validates against the schema the spec gives it (ajv, draft 2020-12, with
// formats), every named example in the spec validates against its media type, and corrupted copies
// of the samples are rejected at the field that is wrong.
import { failedPaths, validatorForSchema } from './support/ajv';
import { pages } from './support/pages';
import { operationOf, successOf } from './support/operations';
import { bundled, deref, type Json } from './support/spec';

const all = pages();
const page = (operationId: string) => all.find((p) => operationOf(p).operationId === operationId)!;
const requestSchema = (operationId: string, type = 'application/json') => deref(operationOf(page(operationId)).requestBody).content[type].schema;
const responseSchema = (operationId: string) => successOf(operationOf(page(operationId))).response.content['application/json'].schema;
const sampleResponse = (operationId: string) => page(operationId).sampleResponse.body as Json;
const sampleRequest = (operationId: string) => page(operationId).sampleRequest.body as Json;

describe('every named example of every operation validates against its media type', () => {
  const cases = Object.entries<Json>(bundled.paths).flatMap(([path, item]) =>
    Object.entries<Json>(item).flatMap(([method, operation]) => {
      const bodies = [
        ...(operation.requestBody ? [['request', deref(operation.requestBody)]] : []),
        ...Object.entries<Json>(operation.responses).map(([status, response]) => [status, deref(response)]),
      ] as [string, Json][];
      return bodies.flatMap(([where, body]) =>
        Object.entries<Json>(body.content ?? {}).flatMap(([type, media]) =>
          Object.entries<Json>(media.examples ?? {}).map(([name, example]) => [`${method.toUpperCase()} ${path} ${where} ${type} ${name}`, media.schema, deref(example).value] as const),
        ),
      );
    }),
  );
  test('there is one for every page sample', () => expect(cases.length).toBeGreaterThan(18 * 2));
  test.each(cases)('%s', (_name, schema, value) => {
    const validate = validatorForSchema(schema);
    expect(validate(value) ? 'valid' : validate.errors).toBe('valid');
  });
});

describe.each(all.map((p) => [operationOf(p).operationId, p] as const))('%s: the page samples are valid', (operationId, p) => {
  test('the sample response validates against the 2xx body of its content type', () => {
    const { status, response } = successOf(operationOf(p));
    if (status === '204') return expect(response.content).toBeUndefined();
    const validate = validatorForSchema(response.content[p.sampleResponse.headers['Content-Type']!.split(';')[0]!].schema);
    expect(validate(p.sampleResponse.body) ? 'valid' : validate.errors).toBe('valid');
  });
  test('the sample request (if any) validates against the request body of its content type', () => {
    if (p.sampleRequest.body === undefined) return expect(operationOf(p).requestBody).toBeUndefined();
    const validate = validatorForSchema(requestSchema(operationId, p.sampleRequest.headers['Content-Type']!.split(';')[0]));
    expect(validate(p.sampleRequest.body) ? 'valid' : validate.errors).toBe('valid');
  });
});

const entityCorruptions = (sample: Json): [string, Json, string][] => [
  ['a string id', { ...sample, ChatSessionId: '757' }, '/ChatSessionId'],
  ['an unknown Status', { ...sample, Status: 'Open' }, '/Status'],
  ['a non-date When*', { ...sample, WhenRequested: 'yesterday' }, '/WhenRequested'],
  ['an unknown flag', { ...sample, Flags: 'CustomerIsTyping, Dancing' }, '/Flags'],
  ['a TableRight that is a string', { ...sample, TableRight: 'FULL' }, '/TableRight'],
  ['a FieldProperties value of the wrong shape', { ...sample, FieldProperties: { x: { FieldLength: 'long' } } }, '/FieldProperties/x/FieldLength'],
];
const messageCorruptions = (sample: Json): [string, Json, string][] => [
  ['an unknown Type', { ...sample, Type: 'Robot' }, '/Type'],
  ['a SpecialType as a number', { ...sample, SpecialType: 3 }, '/SpecialType'],
  ['a non-integer ChatMessageId', { ...sample, ChatMessageId: 1.5 }, '/ChatMessageId'],
  ['ReadByCustomer as a boolean', { ...sample, ReadByCustomer: true }, '/ReadByCustomer'],
  ['an impossible WhenPosted', { ...sample, WhenPosted: '2021-13-01T00:00:00' }, '/WhenPosted'],
];
const expectRejected = (schema: Json, data: Json, path: string) => {
  const validate = validatorForSchema(schema);
  expect(validate(data)).toBe(false);
  expect(failedPaths(validate).some((p) => p === path || p.startsWith(`${path}/`))).toBe(true);
};

describe('corrupted copies of the samples are rejected at the field that is wrong', () => {
  const entityOperations = ['GetChatSessionEntity', 'PutChatSessionEntity', 'PatchChatSessionEntity', 'DefaultChatSessionEntity', 'PickUpChatSession', 'PickUpFirstChatSession', 'ResetChatSession', 'TransferChatSession', 'AcceptChatSessionTransfer', 'RejectChatSessionTransfer', 'CreateChatSessionForTopic'];
  test.each(entityOperations.flatMap((id) => entityCorruptions(sampleResponse(id)).map(([what, data, path]) => [id, what, data, path] as const)))('%s response: %s', (id, _what, data, path) => {
    expectRejected(responseSchema(id), data, path);
  });
  test.each(entityCorruptions(sampleResponse('ChatSessionsForUser')[0]).map(([what, data, path]) => [what, [data], `/0${path}`] as const))('ChatSessionsForUser response: %s in an element', (_what, data, path) => {
    expectRejected(responseSchema('ChatSessionsForUser'), data, path);
  });
  test.each(messageCorruptions(sampleResponse('AddChatMessage')))('AddChatMessage response: %s', (_what, data, path) => expectRejected(responseSchema('AddChatMessage'), data, path));
  test.each(messageCorruptions(sampleRequest('AddChatMessage')))('AddChatMessage request: %s', (_what, data, path) => expectRejected(requestSchema('AddChatMessage'), data, path));
  test.each(messageCorruptions(sampleResponse('GetChatMessages')[0]).map(([what, data, path]) => [what, [data], `/0${path}`] as const))('GetChatMessages response: %s in an element', (_what, data, path) => {
    expectRejected(responseSchema('GetChatMessages'), data, path);
  });
  test.each(entityCorruptions(sampleRequest('PutChatSessionEntity')).slice(0, 4))('PutChatSessionEntity request: %s', (_what, data, path) => expectRejected(requestSchema('PutChatSessionEntity'), data, path));
  test.each(['GetAllChatSessions', 'GetChatTopicSessions'])('%s response: a value that is not an array, a row that is not an object, a link that is not a string', (id) => {
    const sample = sampleResponse(id);
    expectRejected(responseSchema(id), { ...sample, value: { PrimaryKey: 1 } }, '/value');
    expectRejected(responseSchema(id), { ...sample, value: ['row'] }, '/value/0');
    expectRejected(responseSchema(id), { ...sample, 'odata.nextLink': 5 }, '/odata.nextLink');
  });
  test('GetChatTranscript response: anything but a string', () => {
    for (const data of [42, null, ['quo'], { text: 'quo' }]) expect(validatorForSchema(responseSchema('GetChatTranscript'))(data)).toBe(false);
  });
  test('whole bodies of the wrong JSON type are rejected everywhere', () => {
    for (const id of ['GetChatSessionEntity', 'ResetChatSession', 'AddChatMessage', 'GetAllChatSessions']) expect(validatorForSchema(responseSchema(id))([])).toBe(false);
    for (const id of ['ChatSessionsForUser', 'GetChatMessages']) expect(validatorForSchema(responseSchema(id))({})).toBe(false);
  });
});

describe('what real servers send is accepted', () => {
  test('PickUpChatSession: null when the session was not in the queue (the page says so)', () => {
    expect(validatorForSchema(responseSchema('PickUpChatSession'))(null)).toBe(true);
    expect(validatorForSchema(responseSchema('ResetChatSession'))(null)).toBe(false); // no other page says it
  });
  test('empty lists, an HTML transcript, a message with only some properties, OData rows of any columns', () => {
    expect(validatorForSchema(responseSchema('ChatSessionsForUser'))([])).toBe(true);
    expect(validatorForSchema(responseSchema('GetChatMessages'))([{ Message: 'hi' }])).toBe(true);
    expect(validatorForSchema(responseSchema('GetChatTranscript'))('<p>hi</p>')).toBe(true);
    expect(validatorForSchema(responseSchema('GetAllChatSessions'))({ value: [{ PrimaryKey: 1, 'chatSession/customerName': 'Kris', when: '2024-01-01T00:00:00', flag: true, nothing: null }] })).toBe(true);
  });
  test('every ChatMessageSpecialType name, including Options with its JSON parameter', () => {
    expect(validatorForSchema(responseSchema('AddChatMessage'))({ SpecialType: 'Options', SpecialParam: '["yes","no"]', Type: 'Special' })).toBe(true);
  });
});

describe('PATCH: application/json-patch+json, application/merge-patch+json and application/json have different, correct schemas', () => {
  const jsonPatch = validatorForSchema(requestSchema('PatchChatSessionEntity', 'application/json-patch+json'));
  const mergePatch = validatorForSchema(requestSchema('PatchChatSessionEntity', 'application/merge-patch+json'));
  const either = validatorForSchema(requestSchema('PatchChatSessionEntity', 'application/json'));
  const ops = [
    { op: 'add', path: '/CustomerName', value: 'Kris' },
    { op: 'replace', path: 'Rating', value: 5 },
    { op: 'test', path: 'status', value: 'InQueue' },
    { op: 'remove', path: '/Person' },
    { op: 'replace', path: '/User/AssociateId', value: null },
  ];
  test('JSON Patch: add, replace, remove and test; paths case-insensitive, leading slash optional (as the page says)', () => {
    expect(jsonPatch(ops) ? 'valid' : jsonPatch.errors).toBe('valid');
    expect(either(ops)).toBe(true);
  });
  test.each([
    ['move (the page: not supported)', [{ op: 'move', from: '/FirstMessage', path: '/LastMessage' }]],
    ['copy (the page: not supported)', [{ op: 'copy', from: '/FirstMessage', path: '/LastMessage' }]],
    ['replace without value', [{ op: 'replace', path: '/CustomerName' }]],
    ['an operation without path', [{ op: 'remove' }]],
    ['a path with a bad escape', [{ op: 'remove', path: '/Customer~2Name' }]],
    ['a merge patch object', { CustomerName: 'Kris' }],
  ])('JSON Patch rejects %s', (_what, data) => expect(jsonPatch(data)).toBe(false));
  test('JSON Merge Patch: a partial entity; a JSON Patch array or a wrong type is rejected', () => {
    expect(mergePatch({ CustomerName: 'Kris', Status: 'Closed' })).toBe(true);
    expect(mergePatch({})).toBe(true);
    expect(mergePatch(ops)).toBe(false);
    expect(mergePatch({ Rating: 'five' })).toBe(false);
  });
  test('application/json: either, told apart by JSON type; each still checked', () => {
    expect(either({ CustomerName: 'Kris' })).toBe(true);
    expect(either({ Rating: 'five' })).toBe(false);
    expect(either([{ op: 'move', from: '/a', path: '/b' }])).toBe(false);
    expect(either('replace')).toBe(false);
  });
});
