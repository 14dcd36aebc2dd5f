// The spec transcribes the vendor's reference page (and carrier definitions) completely.
// The tables are parsed from openapi/source/ at test time, so removing a property from the
// spec, changing a description or a type, or dropping a content type makes this fail.
import fs from 'node:fs';
import path from 'node:path';
import { codeSpans, readSource, sampleBody, sampleHead, section, SOURCE_DIR, table } from './support/reference';
import { bundled, deref, operation, propertiesOf, schemaNamed, UNDOCUMENTED_BODY, type Json } from './support/spec';
import { expectProperties, refName } from './support/vendor-types';

const page = readSource('post-chatsession.md');

describe('the operation', () => {
  test('is POST /api/v1/ChatSession with the page summary and description', () => {
    const [requestLine] = /```http\n(.*)\n```/.exec(page)!.slice(1);
    expect(requestLine).toBe('POST /api/v1/ChatSession');
    const intro = page.split('```http\nPOST /api/v1/ChatSession\n```')[1]!.split('## Query String')[0]!.trim().split('\n').filter(Boolean);
    const [summary, ...description] = intro;
    expect(operation.summary).toBe(summary);
    for (const line of description) expect(operation.description).toContain(line);
    expect(operation.description).toContain('SaveChatSessionEntity');
    expect(operation['x-ns-api-slow-threshold-ms']).toBe(Number(/NsApiSlow threshold: (\d+) ms/.exec(page)![1]));
    expect(operation.operationId).toBe('PostChatSessionEntity');
    expect(operation.tags).toEqual(['ChatSession']);
  });
});

describe('query string parameters', () => {
  const rows = table(section(page, 'Query String Parameters'));
  test.each(rows)('$Parameter Name', (row) => {
    const param = operation.parameters.map(deref).find((p: Json) => p.name === row['Parameter Name']);
    expect(param).toMatchObject({ in: 'query', description: row.Description, schema: { type: row.Type } });
  });
  test('the page example of $select is the parameter example', () => {
    const example = /\?\$select=([^\s]+)/.exec(section(page, 'Query String Parameters'))![1];
    const param = operation.parameters.map(deref).find((p: Json) => p.name === '$select');
    expect(param.example).toBe(example);
  });
});

describe('request headers', () => {
  const rows = table(section(page, 'Request Headers'));
  const schemes = bundled.components.securitySchemes;
  const securityAlternatives = operation.security.map((requirement: Json) => Object.keys(requirement));

  test('the table is what this test expects to map', () => {
    expect(rows.map((r) => r['Parameter Name'])).toEqual([
      'Authorization', 'X-XSRF-TOKEN', 'Content-Type', 'Accept', 'Accept-Language', 'SO-Language', 'SO-Culture', 'SO-TimeZone', 'SO-AppToken',
    ]);
  });

  test('Authorization: Basic, SoTicket and Bearer are alternative security schemes with the page description', () => {
    const row = rows.find((r) => r['Parameter Name'] === 'Authorization')!;
    expect(schemes.Basic).toMatchObject({ type: 'http', scheme: 'basic' });
    expect(schemes.Bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.SoTicket).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    for (const name of ['Basic', 'SoTicket', 'Bearer']) {
      expect(schemes[name].description).toContain(row.Description);
      expect(securityAlternatives).toContainEqual([name]);
    }
  });

  test('X-XSRF-TOKEN is an alternative apiKey header scheme with the page description', () => {
    const row = rows.find((r) => r['Parameter Name'] === 'X-XSRF-TOKEN')!;
    expect(schemes.XsrfToken).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-XSRF-TOKEN' });
    expect(schemes.XsrfToken.description).toContain(row.Description);
    expect(securityAlternatives).toContainEqual(['XsrfToken']);
  });

  test('Content-Type: every request content type is in the request body', () => {
    const row = rows.find((r) => r['Parameter Name'] === 'Content-Type')!;
    const body = deref(operation.requestBody);
    const types = codeSpans(row.Description!);
    expect(types).toHaveLength(7);
    expect(Object.keys(body.content).sort()).toEqual([...types].sort());
    expect(body.description).toContain(row.Description);
  });

  test('Accept: every response content type is in the 200 response', () => {
    const row = rows.find((r) => r['Parameter Name'] === 'Accept')!;
    const ok = deref(operation.responses['200']);
    const types = codeSpans(row.Description!);
    expect(types).toHaveLength(6);
    expect(Object.keys(ok.content).sort()).toEqual([...types].sort());
    expect(ok.description).toContain(row.Description);
  });

  const headerRows = rows.filter((r) => !['Authorization', 'X-XSRF-TOKEN', 'Content-Type', 'Accept'].includes(r['Parameter Name']!));
  test.each(headerRows)('$Parameter Name is a header parameter with the page description', (row) => {
    const param = operation.parameters.map(deref).find((p: Json) => p.name === row['Parameter Name']);
    expect(param).toMatchObject({ in: 'header', required: false, description: row.Description, schema: { type: 'string' } });
  });
});

describe('request body newEntity', () => {
  const body = deref(operation.requestBody);
  test('is named newEntity and described as on the page', () => {
    const heading = /## Request Body: (\w+)/.exec(page)![1];
    expect(body['x-codegen-request-body-name']).toBe(heading);
    const description = section(page, 'Request Body').split('\n').find((line) => line.trim() && !line.startsWith('|'))!.trim();
    expect(body.description.startsWith(description)).toBe(true);
  });
  test('every entity content type is ChatSessionEntity; JSON Patch is an array of operations', () => {
    for (const [type, media] of Object.entries<Json>(body.content)) {
      expect({ type, schema: refName(media.schema) }).toEqual({ type, schema: type === 'application/json-patch+json' ? 'JsonPatchDocument' : 'ChatSessionEntity' });
    }
    expect(schemaNamed('JsonPatchDocument')).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/JsonPatchOperation' } });
  });
  test('every property of the table, with its type and description', () => {
    const rows = table(section(page, 'Request Body'));
    expect(rows).toHaveLength(31);
    expectProperties(rows, propertiesOf(schemaNamed('ChatSessionEntity')), 'Property Name');
  });
});

describe('response', () => {
  test('200 is described as on the page', () => {
    const [row] = table(section(page, 'Response:'));
    expect(row).toMatchObject({ Response: '200' });
    expect(deref(operation.responses['200']).description.startsWith(row!.Description!)).toBe(true);
  });
  test('every 200 content type is ChatSessionEntityWithLinks', () => {
    for (const media of Object.values<Json>(deref(operation.responses['200']).content)) expect(refName(media.schema)).toBe('ChatSessionEntityWithLinks');
  });
  test('every property of the response body table, with its type and description', () => {
    const rows = table(section(page, 'Response body: ChatSessionEntityWithLinks'));
    expect(rows).toHaveLength(34);
    expectProperties(rows, propertiesOf(schemaNamed('ChatSessionEntityWithLinks')), 'Property Name');
  });
  test('FieldProperties values are {FieldRight, FieldType, FieldLength} and _Links values are strings', () => {
    const props = propertiesOf(schemaNamed('ChatSessionEntityWithLinks'));
    expect(refName(deref(props.FieldProperties).additionalProperties)).toBe('FieldProperty');
    expect(Object.keys(propertiesOf(schemaNamed('FieldProperty')))).toEqual(['FieldRight', 'FieldType', 'FieldLength']);
    expect(deref(props._Links).additionalProperties).toEqual({ type: 'string' });
  });
  test.each(['400', '401', '403', '500'])('%s is documented, and says its body shape is not (the API description says what that means)', (status) => {
    expect(deref(operation.responses[status]).description).toContain(UNDOCUMENTED_BODY);
    expect(bundled.info.description).toContain('## Errors\n\nThe vendor\'s reference pages document no error body: for every error response (4xx and 5xx) the shape of the body is not documented, so treat it as opaque');
  });
});

describe('samples', () => {
  const examples = bundled.components.examples;
  test('the sample request is a named example, verbatim', () => {
    expect(examples.SampleRequest.value).toEqual(sampleBody(page, 'Sample request'));
    expect(deref(operation.requestBody).content['application/json'].examples.SampleRequest).toEqual({ $ref: '#/components/examples/SampleRequest' });
  });
  test('the sample response is a named example, verbatim', () => {
    expect(examples.SampleResponse.value).toEqual(sampleBody(page, 'Sample response'));
    expect(deref(operation.responses['200']).content['application/json'].examples.SampleResponse).toEqual({ $ref: '#/components/examples/SampleResponse' });
  });
  test('the sample request head uses only headers and types the spec documents', () => {
    const [requestLine, ...headers] = sampleHead(page, 'Sample request');
    expect(requestLine).toBe('POST /api/v1/ChatSession');
    const names = headers.map((h) => h.split(':')[0]);
    expect(names).toEqual(['Authorization', 'Accept', 'Accept-Language', 'Content-Type']);
    const contentType = headers.find((h) => h.startsWith('Content-Type'))!.split(': ')[1]!.split(';')[0]!;
    expect(deref(operation.requestBody).content).toHaveProperty([contentType]);
  });
});

describe('carriers', () => {
  const files = fs.readdirSync(path.join(SOURCE_DIR, 'carriers')).filter((f) => /^[A-Z]\w+\.md$/.test(f) && !['README.md', 'Carrier.md'].includes(f));
  test('every carrier file is transcribed', () => {
    expect(files.map((f) => f.replace('.md', '')).sort()).toEqual(
      ['Address', 'Associate', 'Contact', 'FieldProperty', 'FieldRight', 'LocalizedField', 'Person', 'Project', 'Sale', 'StructuredAddress', 'TableRight', 'Ticket'],
    );
  });
  test.each(files)('%s: every wire property with its type and description', (file) => {
    const markdown = readSource(`carriers/${file}`);
    const name = file.replace('.md', '');
    const props = propertiesOf(schemaNamed(name));
    expectProperties(table(markdown.slice(markdown.indexOf('| Wire property'))), props, 'Wire property');
    if (markdown.includes('extends `Carrier`')) {
      expectProperties(table(readSource('carriers/Carrier.md').split('\n').filter((l) => l.startsWith('|')).join('\n')), props, 'Wire property');
    }
  });
  test('no carrier has a property the vendor did not define', () => {
    for (const file of files) {
      const markdown = readSource(`carriers/${file}`);
      const wire = table(markdown.slice(markdown.indexOf('| Wire property'))).map((r) => r['Wire property']);
      if (markdown.includes('extends `Carrier`')) wire.push('TableRight', 'FieldProperties');
      expect(Object.keys(propertiesOf(schemaNamed(file.replace('.md', '')))).sort()).toEqual(wire.sort());
    }
  });
  test('every enum member is in its enum, and flags enums list every member in their pattern', () => {
    const enums = readSource('carriers/enums.md').split('# Cross-check')[0]!.split(/^## /m).slice(1);
    for (const text of enums) {
      const name = text.split('\n')[0]!.trim();
      const members = table(text).map((r) => r['Member name']!);
      const schema = schemaNamed(name);
      const allowed = text.includes('FLAGS enum') ? /^\^\(\?:([^)]+)\)/.exec(schema.pattern)![1]!.split('|') : schema.enum;
      expect({ name, allowed }).toEqual({ name, allowed: expect.arrayContaining(members) });
    }
  });
});

test('no property description is left empty anywhere in the spec', () => {
  const walk = (node: Json, where: string): void => {
    if (!node || typeof node !== 'object') return;
    if (node.properties) for (const [name, prop] of Object.entries<Json>(node.properties)) {
      expect({ where: `${where}.${name}`, description: typeof prop.description === 'string' && prop.description.length > 0 }).toEqual({ where: `${where}.${name}`, description: true });
    }
    for (const [key, value] of Object.entries(node)) walk(value, `${where}/${key}`);
  };
  walk(bundled.components.schemas, '#/components/schemas');
});
