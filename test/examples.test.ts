// The page's samples validate against the spec's schemas (ajv, draft 2020-12, with formats), what real
// servers send is accepted, and corrupted copies are rejected at the field that is wrong.
import { readSource, sampleBody } from './support/reference';
import { failedPaths, validatorFor } from './support/ajv';

const page = readSource('post-chatsession.md');
const sampleRequest = sampleBody(page, 'Sample request') as Record<string, unknown>;
const sampleResponse = sampleBody(page, 'Sample response') as Record<string, unknown>;
const entity = validatorFor('ChatSessionEntity');
const withLinks = validatorFor('ChatSessionEntityWithLinks');
const patch = validatorFor('JsonPatchDocument');

const accepts = (validate: typeof entity, data: unknown) => {
  const ok = validate(data);
  return ok ? 'valid' : validate.errors;
};

test('the sample request is a valid ChatSessionEntity', () => expect(accepts(entity, sampleRequest)).toBe('valid'));
test('the sample response is a valid ChatSessionEntityWithLinks', () => expect(accepts(withLinks, sampleResponse)).toBe('valid'));

const associate = { AssociateId: 5, Name: 'TJE', PersonId: 7, Rank: 1, Tooltip: '', Type: 'AnonymousAssociate', GroupIdx: 2, FullName: 'Tje Ellefsen', FormalName: '', Deleted: false, EjUserId: 0, UserName: '', TableRight: {}, FieldProperties: {} };

describe('what real servers send is accepted', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['an older server that omits Rating', (({ Rating: _omit, ...rest }) => rest)(sampleResponse)],
    ['an empty object (nothing is required)', {}],
    ['nested carriers filled in, with TableRight and Contact.Address as {}', { ...sampleResponse, User: associate, TransferTo: { ...associate, Type: null }, Contact: { ContactId: 1, Name: 'SuperOffice', Address: {}, TableRight: {}, FieldProperties: {} } }],
    ['a carrier with a property from a newer server', { ...sampleResponse, User: { ...associate, SomethingNew: 42 } }],
    ['a top-level property from a newer server', { ...sampleResponse, NewInVersion12: 'x' }],
    ['empty strings', { ...sampleResponse, CustomerName: '', CustomerEmail: '', CustomerHost: '' }],
    ['integers outside any everyday range', { ...sampleResponse, AlertLevel: 2147483647, Rank: -5, InitialQueuePos: 0 }],
    ['date-times with 7 fractional digits and an offset', { ...sampleResponse, WhenRequested: '2016-04-05T03:24:51.3648436+02:00', WhenIdle: '2016-04-05T01:24:51Z' }],
    ['local date-times without an offset', { ...sampleResponse, WhenStarted: '2016-04-05T03:24:51', WhenEnded: '2016-04-05T03:24:51.123' }],
    ['0001-01-01T00:00:00 for no date', { ...sampleResponse, WhenEnded: '0001-01-01T00:00:00' }],
    ['a flags combination', { ...sampleResponse, Flags: 'CustomerIsTyping, UserIsTyping' }],
    ['TableRight and FieldRight masks as flag names, including FULL', { ...sampleResponse, TableRight: { Mask: 'Select, Update', Reason: '' }, FieldProperties: { CustomerName: { FieldRight: { Mask: 'FULL', Reason: '' }, FieldType: 'System.String', FieldLength: 255 }, Rating: { FieldRight: { Mask: 'Update, UIHintMandatory' }, FieldType: 'System.Int32', FieldLength: 0 } } }],
    ['every ChatSessionStatus name', { ...sampleResponse, Status: 'ClosedFromQueue' }],
  ];
  test.each(cases)('%s', (_name, data) => expect(accepts(withLinks, data)).toBe('valid'));
});

describe('corrupted copies are rejected at the field that is wrong', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a string where an integer belongs', { ...sampleRequest, ChatSessionId: '757' }, '/ChatSessionId'],
    ['a non-integer Rating', { ...sampleRequest, Rating: 4.5 }, '/Rating'],
    ['an integer beyond int32', { ...sampleRequest, TopicId: 2147483648 }, '/TopicId'],
    ['a number where a boolean belongs', { ...sampleRequest, ChatbotIsActive: 1 }, '/ChatbotIsActive'],
    ['a number where a string belongs', { ...sampleRequest, CustomerName: 42 }, '/CustomerName'],
    ['a non-date When* string', { ...sampleRequest, WhenRequested: 'yesterday' }, '/WhenRequested'],
    ['an empty When* string', { ...sampleRequest, WhenFetched: '' }, '/WhenFetched'],
    ['a date without a time', { ...sampleRequest, WhenIdle: '2014-08-31' }, '/WhenIdle'],
    ['an impossible month', { ...sampleRequest, WhenStarted: '2014-13-31T02:30:52' }, '/WhenStarted'],
    ['an unknown Status', { ...sampleRequest, Status: 'Open' }, '/Status'],
    ['a Status sent as a number', { ...sampleRequest, Status: 9 }, '/Status'],
    ['an unknown flag name', { ...sampleRequest, Flags: 'CustomerIsTyping, AgentIsAsleep' }, '/Flags'],
    ['a flags value sent as a number', { ...sampleRequest, Flags: 1 }, '/Flags'],
    ['a nested object of the wrong shape', { ...sampleRequest, User: { AssociateId: 'five' } }, '/User'],
    ['a nested carrier that is a string', { ...sampleRequest, Contact: 'SuperOffice ASA' }, '/Contact'],
    ['an unknown enum name in a nested carrier', { ...sampleRequest, User: { Type: 'Robot' } }, '/User'],
    ['an unknown FieldRight mask', { ...sampleResponse, FieldProperties: { x: { FieldRight: { Mask: 'Everything' } } } }, '/FieldProperties/x/FieldRight/Mask'],
    ['a non-string link', { ...sampleResponse, _Links: { Self: 1 } }, '/_Links/Self'],
  ];
  test.each(cases)('%s', (_name, data, path) => {
    const validate = 'TableRight' in data ? withLinks : entity;
    expect(validate(data)).toBe(false);
    expect(failedPaths(validate).some((p) => p === path || p.startsWith(`${path}/`))).toBe(true);
  });
  test('a body that is not an object', () => {
    for (const data of [[], 'x', 1, null]) expect(entity(data)).toBe(false);
  });
});

describe('application/json-patch+json is a JSON Patch document', () => {
  test('valid operations are accepted', () => {
    expect(accepts(patch, [
      { op: 'add', path: '/CustomerName', value: 'Kris' },
      { op: 'replace', path: '/User/AssociateId', value: 5 },
      { op: 'test', path: '/Rating', value: null },
      { op: 'remove', path: '/Person' },
      { op: 'copy', from: '/CustomerName', path: '/CustomerAlias' },
      { op: 'move', from: '/FirstMessage', path: '/LastMessage' },
    ])).toBe('valid');
  });
  test.each([
    ['an entity instead of an array', sampleRequest],
    ['an unknown op', [{ op: 'merge', path: '/x', value: 1 }]],
    ['replace without value', [{ op: 'replace', path: '/CustomerName' }]],
    ['move without from', [{ op: 'move', path: '/CustomerName' }]],
    ['a path that is not a JSON Pointer', [{ op: 'remove', path: 'CustomerName' }]],
  ])('rejects %s', (_name, data) => expect(patch(data)).toBe(false));
});
