// The spec transcribes every sibling reference page (openapi/source/pages/) completely. The pages are
// parsed at test time (test/support/pages.ts), so a fact that is missing from the spec or changed in
// it (a parameter, its type or description, a header, a content type, a property, a status, a
// sample) fails here, naming the page.
import { readSource } from './support/reference';
import { mediaTypesOf, pages, type Page } from './support/pages';
import { OPERATIONS, operationOf, parametersOf, specParameterName, successOf } from './support/operations';
import { bundled, deref, propertiesOf, schemaNamed, UNDOCUMENTED_BODY, type Json } from './support/spec';
import { describedAs, expectProperties, nullableRefName, refName } from './support/vendor-types';

const all = pages();
const byName = <T extends { name: string }>(list: T[], name: string): T | undefined => list.find((item) => item.name === name);
const NOT_PARAMETERS = ['Authorization', 'X-XSRF-TOKEN', 'Content-Type', 'Accept'];
const JSON_TYPES = ['application/json', 'text/json', 'application/json-patch+json', 'application/merge-patch+json'];

/** The schema the spec models for a page's 2xx body type, and the schema whose properties the page's table lists. */
function modelledBody(page: Page, schema: Json): { element: Json } {
  const type = page.responseBody.type;
  if (type === 'array') {
    expect(schema.type).toBe('array');
    const expected = byName(page.responseBody.properties, 'ChatMessageId') ? 'ChatMessage' : 'ChatSessionEntityWithRights';
    expect(refName(schema.items)).toBe(expected);
    return { element: schema.items };
  }
  if (type === 'string') {
    expect(deref(schema).type).toBe('string');
    return { element: schema };
  }
  const expected = type === 'ChatSessionEntity' ? 'ChatSessionEntityWithRights' : type;
  if (page.descriptionLines.some((line) => line.includes('Returns NULL'))) {
    expect(nullableRefName(deref(schema))).toBe(expected);
    return { element: deref(schema).oneOf[0] };
  }
  expect(refName(schema)).toBe(expected);
  return { element: schema };
}

test('every page is an operation of the spec, and the spec has no operation without a page (besides POST)', () => {
  expect(all.map((p) => p.uid).sort()).toEqual(Object.keys(OPERATIONS).sort());
  const specOperations = Object.values<Json>(bundled.paths).flatMap((item) => Object.values<Json>(item).map((op) => op.operationId));
  expect(specOperations.sort()).toEqual([...Object.values(OPERATIONS).map((o) => o.operationId), 'PostChatSessionEntity'].sort());
});

describe.each(all.map((page) => [page.uid, page] as const))('%s', (_uid, page) => {
  const operation = operationOf(page);
  const parameters = parametersOf(operation);
  const headerRow = (name: string) => page.headers.find((h) => h.name === name);

  test('operationId, tag, reference uid, summary and every line of the description', () => {
    expect(operation.operationId).toBe(OPERATIONS[page.uid]!.operationId);
    expect(operation.tags).toEqual([OPERATIONS[page.uid]!.tag]);
    expect(bundled.tags.map((t: Json) => t.name)).toContain(OPERATIONS[page.uid]!.tag);
    expect(operation['x-superoffice-reference-uid']).toBe(page.uid);
    expect(operation.summary).toBe(page.summary);
    for (const line of page.descriptionLines) expect(operation.description).toContain(line);
    const agent = page.descriptionLines.join('\n').match(/Calls the (?:Chat agent|\{SuperOffice\.CRM\.Services\.IChatAgent\}) service (\w+)/);
    if (agent) expect(operation['x-superoffice-agent-service']).toEqual({ agent: 'Chat', method: agent[1] });
  });

  test('path parameters: name, type, "Required" and description', () => {
    const inPath = parameters.filter((p) => p.in === 'path');
    expect(inPath.map((p) => p.name).sort()).toEqual(page.pathParameters.map((p) => specParameterName(page, p.name)).sort());
    for (const row of page.pathParameters) {
      const param = byName(inPath, specParameterName(page, row.name))!;
      expect(param).toMatchObject({ required: row.required, description: describedAs(row.description) });
      expect(param.schema).toEqual(row.type === 'int32' ? { type: 'integer', format: 'int32' } : { type: row.type });
      if (param.name !== row.name) expect(param.description).toContain(`names this path parameter \`${row.name}\``);
    }
  });

  test('query parameters: every one, with type, description and the page example', () => {
    const query = parameters.filter((p) => p.in === 'query');
    expect(query.map((p) => p.name)).toEqual(page.queryParameters.map((p) => p.name));
    for (const row of page.queryParameters) {
      const param = byName(query, row.name)!;
      expect({ name: row.name, description: param.description, required: param.required }).toEqual({ name: row.name, description: row.description, required: false });
      const enumNames = /^Enum: (.*)$/.exec(row.type)?.[1]?.split(', ');
      if (enumNames) expect(param.schema).toMatchObject({ type: 'string', enum: enumNames });
      else expect(param.schema).toMatchObject(row.type === 'int32' ? { type: 'integer', format: 'int32' } : row.type === 'bool' ? { type: 'boolean' } : { type: 'string' });
      const example = param.examples?.[operation.operationId]?.value ?? param.example;
      const pageExample = page.queryExamples[row.name]!;
      // .NET writes booleans `True`/`False`; the spec's examples are JSON booleans.
      expect({ name: row.name, example: String(example) }).toEqual({ name: row.name, example: row.type === 'bool' ? pageExample.toLowerCase() : pageExample });
    }
  });

  test('request headers: the SO-* and Accept-Language headers the page lists, with descriptions and examples; the credentials headers are the security schemes', () => {
    const headers = parameters.filter((p) => p.in === 'header');
    const rows = page.headers.filter((h) => !NOT_PARAMETERS.includes(h.name));
    expect(headers.map((h) => h.name)).toEqual(rows.map((r) => r.name));
    for (const row of rows) {
      const header = byName(headers, row.name)!;
      expect(header).toMatchObject({ required: false, description: row.description, schema: { type: 'string' } });
      expect({ name: row.name, example: typeof header.example }).toEqual({ name: row.name, example: 'string' });
    }
    expect(operation.security.map((requirement: Json) => Object.keys(requirement))).toEqual([['Basic'], ['SoTicket'], ['Bearer'], ['XsrfToken']]);
    const schemes = bundled.components.securitySchemes;
    for (const name of ['Basic', 'SoTicket', 'Bearer']) expect(schemes[name].description).toContain(headerRow('Authorization')!.description);
    expect(schemes.XsrfToken.description).toContain(headerRow('X-XSRF-TOKEN')!.description);
  });

  test('request body: name, description, content types (application/json first), required, every property', () => {
    const row = headerRow('Content-Type');
    if (!page.requestBody) {
      expect(operation.requestBody).toBeUndefined();
      expect(row).toBeUndefined();
      return;
    }
    const body = deref(operation.requestBody);
    expect(body).toMatchObject({ required: true, 'x-codegen-request-body-name': page.requestBody.name });
    expect(body.description.startsWith(`${page.requestBody.description}\n\n${row!.description.trim()}`)).toBe(true);
    const types = Object.keys(body.content);
    expect(types[0]).toBe('application/json');
    const listed = mediaTypesOf(row!.description);
    if (listed.length > 0) expect([...types].sort()).toEqual([...listed].sort());
    else {
      // The page lists no type (PATCH): the spec says so and offers the JSON types the description names.
      expect(body.description).toContain("Content-Type row lists no type");
      expect(types).toEqual(['application/json', 'application/json-patch+json', 'application/merge-patch+json']);
    }
    const schema = deref(body.content['application/json'].schema);
    const props = page.requestBody.typeWord === 'string'
      ? Object.assign({}, ...deref(schemaNamed('ChatSessionPatchOperation')).oneOf.map((branch: Json) => branch.properties))
      : propertiesOf(schema);
    if (page.requestBody.typeWord === 'string') expect(body.description).toContain('names the body type `string`');
    expect(Object.keys(props).sort()).toEqual(page.requestBody.properties.map((p) => p.name).sort());
    expectProperties(page.requestBody.properties.map((p) => ({ Name: p.name, Type: p.type, Description: p.description })), props, 'Name');
  });

  test('every status the page lists, with its description; undocumented errors are generic', () => {
    for (const row of page.statuses) {
      const response = operation.responses[row.status];
      expect({ status: row.status, description: deref(response)?.description }).toEqual({ status: row.status, description: describedAs(row.description) });
    }
    for (const status of ['401', '403', '500']) expect(deref(operation.responses[status]).description).toContain(UNDOCUMENTED_BODY);
    const hasInput = page.pathParameters.length + page.queryParameters.length > 0 || page.requestBody;
    expect(operation.responses['400'] !== undefined).toBe(Boolean(hasInput));
  });

  test('response body: content types of the Accept row, the body type and every property of its table', () => {
    const { status, response } = successOf(operation);
    const accept = mediaTypesOf(headerRow('Accept')!.description);
    if (accept.length === 0) {
      // DELETE: no Accept type, and a 204 that the page gives a body type and a `null` sample.
      expect(status).toBe('204');
      expect(response.content).toBeUndefined();
      expect(operation.description).toContain(`\`${page.responseBody.type}\``);
      return;
    }
    // Every type of the Accept row; application/json first (for generators that take the first).
    expect(Object.keys(response.content).sort()).toEqual([...accept].sort());
    expect(Object.keys(response.content)[0]).toBe('application/json');
    expect(response.description).toContain(headerRow('Accept')!.description);
    const schemas = Object.values<Json>(response.content).map((media) => media.schema);
    for (const schema of schemas) expect(schema).toEqual(schemas[0]);
    const { element } = modelledBody(page, schemas[0]);
    // The page names the body type `array` or `string`; the spec says what that means.
    if (page.responseBody.type === 'array') expect(response.description).toContain('names the body type `array`');
    if (page.responseBody.type === 'string') expect(operation.description).toContain('names the response body type `string`');
    const rows = page.responseBody.properties;
    if (rows.length === 0) return;
    const props = propertiesOf(element);
    expect(Object.keys(props).sort()).toEqual(rows.map((r) => r.name).sort());
    // The documentation tool writes TableRight's type as RecurrenceInfo; the spec models a TableRight and says why.
    if (rows.some((r) => r.type === 'RecurrenceInfo')) expect(response.description).toContain('The page types `TableRight` as `RecurrenceInfo`');
    expectProperties(rows.map((r) => ({ Name: r.name, Type: r.type, Description: r.description })), props, 'Name', {
      typeOf: (type, name) => (name === 'TableRight' && type === 'RecurrenceInfo' ? 'TableRight' : type),
      emptyDescription: /\S/,
    });
  });

  test('the sample request: request line, headers the spec documents, body as a named example', () => {
    const sample = page.sampleRequest;
    expect(sample.startLine).toBe(`${page.method} ${page.path}`);
    const documented = ['Authorization', 'Accept', 'Content-Type', ...parameters.filter((p) => p.in === 'header').map((p) => p.name)];
    for (const [name, value] of Object.entries(sample.headers)) {
      // A header the page's table does not list for this operation must be explained in the description.
      if (!documented.includes(name)) expect(operation.description).toContain(`\`${name}: ${value}\``);
    }
    if (sample.body === undefined) {
      expect(sample.headers['Content-Type']).toBeUndefined();
      return;
    }
    const body = deref(operation.requestBody);
    expect(body.content).toHaveProperty([sample.headers['Content-Type']!.split(';')[0]!]);
    expect(deref(body.content['application/json'].examples.SampleRequest).value).toEqual(sample.body);
  });

  test('the sample response: status line, content type, body as a named example', () => {
    const sample = page.sampleResponse;
    const [, status, text] = /^HTTP\/1\.1 (\d{3}) (.*)$/.exec(sample.startLine)!;
    expect(page.statuses.find((s) => s.status === status)?.description).toBe(text);
    const response = deref(operation.responses[status!]);
    if (status === '204') {
      expect(sample.body).toBeNull();
      expect(operation.description).toContain('shows `null`');
      return;
    }
    expect(response.content).toHaveProperty([sample.headers['Content-Type']!.split(';')[0]!]);
    for (const [type, media] of Object.entries<Json>(response.content)) {
      if (JSON_TYPES.includes(type)) expect({ type, value: deref(media.examples.SampleResponse).value }).toEqual({ type, value: sample.body });
    }
  });
});

describe('ChatMessage and its enums, from the excerpts of @superoffice/webapi@12.4.1514', () => {
  const source = readSource('webapi/ChatMessage.md');
  const block = (heading: string) => /```ts\n([\s\S]*?)\n```/.exec(source.slice(source.indexOf(`## ${heading}`)))![1]!;
  const converter = block('src/Converters.ts');
  const carrier = block('src/Carriers.ts');
  const enums = block('src/Enums.ts');
  /** TS name → wire name, in the converter's order. */
  const wire = [...converter.matchAll(/res\.(\w+)= (?:\S+\()?(?:enums\.(\w+)\[)?src\.(\w+)/g)].map((m) => ({ ts: m[1]!, enumName: m[2], wire: m[3]! }));
  const props = propertiesOf(schemaNamed('ChatMessage'));

  test('the spec has exactly the wire properties the converter reads, in its order', () => {
    expect(wire.map((w) => w.wire)).toEqual(['ChatMessageId', 'ChatSessionId', 'Type', 'Message', 'Author', 'ReadByCustomer', 'SpecialType', 'SpecialParam', 'WhenPosted']);
    expect(Object.keys(props)).toEqual(wire.map((w) => w.wire));
  });

  test('each property has the vendor description and TS type', () => {
    const declared = [...carrier.matchAll(/\/\*\*\s*\n\s*\* (.*?)\s*\n\s*\*\/\s*\n\s*(\w+)\?: ([\w.]+);/g)].map((m) => ({ description: m[1]!, ts: m[2]!, type: m[3]! }));
    expect(declared).toHaveLength(wire.length);
    for (const { description, ts, type } of declared) {
      const { wire: name, enumName } = wire.find((w) => w.ts === ts)!;
      const prop = props[name]!;
      expect({ name, description: prop.description }).toEqual({ name, description });
      if (type === 'number') expect(deref(prop)).toMatchObject({ type: 'integer', format: 'int32' });
      else if (type === 'string') expect(deref(prop).type).toBe('string');
      else if (type === 'Date') expect(refName(prop)).toBe('DateTime');
      else expect({ name, schema: refName(prop) }).toEqual({ name, schema: type.replace('enums.', '') });
      if (enumName) expect(type).toBe(`enums.${enumName}`); // enums travel as member names
    }
  });

  test.each(['ChatMessageType', 'ChatMessageSpecialType'])('%s: every member, with its number and meaning, as a name enum', (name) => {
    const body = enums.slice(enums.indexOf(`export enum ${name} {`)).split('\n  }')[0]!;
    const members = [...body.matchAll(/\* (\d+): (.*?)\s*\n\s*\*\/\s*\n\s*(\w+) = "(\w+)"/g)].map((m) => ({ value: m[1]!, meaning: m[2]!, name: m[3]!, wire: m[4]! }));
    expect(members.length).toBeGreaterThan(3);
    const schema = schemaNamed(name);
    expect(schema.enum).toEqual(members.map((m) => m.wire));
    for (const m of members) expect(schema.description).toContain(`| \`${m.name}\` | ${m.value} | ${m.meaning} |`);
  });
});
