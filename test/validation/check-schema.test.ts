// The response validator's interpreter on its own: what the generator refuses (so no part of a schema
// is silently unchecked), and hostile bodies (1 MiB of wrong items, of which the first MAX_ISSUES issues are kept, nesting deeper than the schema,
// `__proto__` and `constructor` keys, keys that need escaping in a JSON Pointer).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { validateChatSessionResponse, validateResponse } from '../../src/validation';
import { KEYWORDS, MAX_ISSUES, schemaCompiler, type Schema } from '../../src/validation/check-schema';

const ROOT = path.resolve(__dirname, '../..');
const MiB = 1024 * 1024;

/** Runs `code` as an ES module in the repository (scripts/ are ES modules, which jest's CommonJS cannot import). */
const runModule = (code: string) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the generator accepts only what the interpreter implements', () => {
  test('its keyword list is the interpreter\'s', () => {
    const listed = JSON.parse(runModule("import { INTERPRETED_KEYWORDS } from './scripts/lib/response-schemas.mjs'; console.log(JSON.stringify(INTERPRETED_KEYWORDS));"));
    expect(listed).toEqual([...KEYWORDS]);
  });

  /** generate's step 4 on a one-operation spec whose body is `body`, with these definitions. */
  const generate = (body: unknown, defs: Record<string, unknown>) => {
    const spec = { paths: { '/x': { get: { operationId: 'GetX', responses: { 200: { content: { 'application/json': { schema: body } } } } } } } };
    const jsonSchema = { $defs: { ChatSessionEntityWithLinks: { type: 'object' }, ...defs } };
    try {
      return runModule(`import { responseSchemasModule } from './scripts/lib/response-schemas.mjs'; console.log(responseSchemasModule(${JSON.stringify(spec)}, ${JSON.stringify(jsonSchema)}, 'test'));`);
    } catch (error) {
      return `FAILED: ${(error as { stderr: string }).stderr}`;
    }
  };

  test.each([
    ['a keyword it does not implement', { type: 'string', minLength: 1 }, {}, /keyword \/minLength/],
    ['a keyword in a nested definition', { $ref: '#/components/schemas/A' }, { A: { type: 'object', properties: { B: { type: 'array', items: { const: 1 } } } } }, /#\/\$defs\/A: keyword \/properties\/B\/items\/const/],
    ['a $ref cycle', { $ref: '#/components/schemas/A' }, { A: { type: 'object', properties: { B: { $ref: '#/$defs/B' } } }, B: { oneOf: [{ $ref: '#/$defs/A' }, { type: 'null' }] } }, /\$ref cycle A -> B -> A/],
    ['a $ref outside #/$defs/', { $ref: 'https://example.com/other.json' }, {}, /\$ref "https:\/\/example.com\/other.json"/],
    ['a $ref to a missing definition', { $ref: '#/components/schemas/Missing' }, {}, /missing definition #\/\$defs\/Missing/],
    ['the false schema', { type: 'object', additionalProperties: false }, {}, /is false, not a schema object or true/],
    ['an unknown type', { type: 'date' }, {}, /type "date"/],
    ['an enum of objects', { enum: [{ a: 1 }] }, {}, /an enum of other than/],
    ['a pattern that is no `u` regular expression', { type: 'string', pattern: '\\-' }, {}, /Invalid regular expression/],
  ])('generation fails loudly on %s', (_what, body, defs, message) => {
    expect(generate(body, defs)).toMatch(message);
  });

  test('and succeeds on what it implements, keeping only the definitions the bodies reach', () => {
    const text = generate({ type: 'array', items: { $ref: '#/components/schemas/A' } }, { A: { type: 'integer', format: 'int32', description: 'dropped' }, Unused: { type: 'string' } });
    expect(text).toContain('"A": {"type":"integer","minimum":-2147483648,"maximum":2147483647}');
    expect(text).toContain('"GetX": {"type":"array","items":{"$ref":"#/$defs/A"}}');
    expect(text).not.toContain('Unused');
  });

  test('the interpreter refuses them too (a hand-made schema cannot be half-checked either)', () => {
    const compile = schemaCompiler({});
    expect(() => compile({ type: 'string', minLength: 1 } as Schema)).toThrow('Schema keyword(s) not implemented: minLength');
    expect(() => compile({ type: 'date' })).toThrow('Unknown type date');
    expect(() => compile({ $ref: '#/$defs/Missing' })).toThrow('Unresolvable $ref #/$defs/Missing');
  });
});

describe('hostile bodies', () => {
  /** A JSON array of `item`, repeated to about `bytes`, parsed as the client parses a body. */
  const arrayOf = (item: string, bytes: number) => JSON.parse(`[${Array(Math.floor(bytes / (item.length + 1))).fill(item).join(',')}]`) as unknown[];

  // A generous bound: ajv's quadratic error gathering took minutes here; linear work takes well under a second.
  test.each([
    ['numbers instead of messages', '1', 1],
    ['messages with two wrong fields each', '{"Type":"Bogus","WhenPosted":5,"Extra":[1,2]}', 2],
    ['carriers in place of messages, each wrong in nested places', '{"ChatMessageId":"x","Author":{"AssociateId":"x"}}', 2],
  ])('a 1 MiB array of %s: the first MAX_ISSUES issues listed (each item\'s, in order), then the check stops', (_what, item, perItem) => {
    const body = arrayOf(item, MiB);
    const started = performance.now();
    const issues = validateResponse('GetChatMessages', body);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues[1]!.path).toMatch(/^\/0\b|^\/1\b/);
    expect(issues.at(-1)!.path).toMatch(new RegExp(`^/${MAX_ISSUES / perItem - 1}\\b`));
  });

  test('the cap holds inside oneOf branches (their quiet count does not switch reporting back on), and the verdict stays right', () => {
    // Each item's Author is a oneOf (carrier or null) whose carrier branch fails: reported only when the branch is re-run.
    const body = arrayOf('{"Author":{"AssociateId":"x","Rank":"y"}}', MiB / 4);
    const issues = validateResponse('GetChatMessages', body);
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(new Set(issues.map((issue) => `${issue.path} ${issue.message}`)).size).toBe(MAX_ISSUES);
    // A body whose only issue comes after many valid items is still found.
    expect(validateResponse('GetChatMessages', [...Array(100_000).fill({}), 1])).toEqual([{ path: '/100000', message: 'must be object' }]);
  });

  test('a 1 MiB string against a pattern is one issue, quickly', () => {
    const flags = `${'CustomerIsTyping, '.repeat(MiB / 18)}Bogus`;
    const started = performance.now();
    expect(validateChatSessionResponse({ Flags: flags, WhenRequested: '2'.repeat(MiB) }).map((i) => i.path)).toEqual(['/WhenRequested', '/Flags']);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('data nested far deeper than the schema (a million levels) is not walked: no stack overflow, the recursion is the schema\'s', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 1_000_000; i++) deep = i % 2 ? [deep] : { k: deep };
    // Where the schema allows anything (an archive row's columns, an unknown property), where it wants a string, and under $select.
    expect(validateResponse('GetAllChatSessions', { value: [{ Column: deep }] })).toEqual([]);
    expect(validateChatSessionResponse({ ChatSessionId: 1, NewInVersion12: deep, Person: { PersonId: 1, Deep: deep } })).toEqual([]);
    expect(validateChatSessionResponse({ User: { CustomFields: { x: deep } } })).toEqual([
      { path: '/User/CustomFields/x', message: 'must be string' },
      { path: '/User', message: 'must be null' }, // the carrier's other oneOf branch, as ajv reports it
    ]);
    expect(validateChatSessionResponse({ ChatSessionId: deep, Person: deep }, ['ChatSessionId', 'Person/PersonId'])).toEqual([
      { path: '/ChatSessionId', message: 'must be integer' },
      { path: '/Person', message: 'must be object' },
      { path: '/Person', message: 'must be null' },
    ]);
  });

  test('`__proto__` and `constructor` keys are plain data: checked as the schema says, nothing polluted', () => {
    const body = JSON.parse('{"__proto__": {"ChatSessionId": "x"}, "constructor": 5, "ChatSessionId": 1, "FieldProperties": {"__proto__": 5, "constructor": {"FieldRight": {}}, "a/b~c": 6}}');
    expect(validateChatSessionResponse(body)).toEqual([
      { path: '/FieldProperties/__proto__', message: 'must be object' },
      { path: '/FieldProperties/a~1b~0c', message: 'must be object' },
    ]);
    expect(({} as Record<string, unknown>).ChatSessionId).toBeUndefined();
    // Own properties only: a name an object inherits (constructor, toString) is not there unless the body has it.
    const check = schemaCompiler({})({ type: 'object', required: ['constructor'], properties: { toString: { type: 'string' } } });
    expect(check({})).toEqual([{ path: '', message: "must have required property 'constructor'" }]);
    expect(check(JSON.parse('{"constructor": 1, "toString": 2}'))).toEqual([{ path: '/toString', message: 'must be string' }]);
  });

  test('NaN and Infinity (not JSON, but a caller may pass them) are not numbers, as in ajv', () => {
    const check = schemaCompiler({})({ type: 'object', properties: { n: { type: 'number' }, i: { type: 'integer', maximum: 3 } } });
    expect(check({ n: Infinity, i: NaN })).toEqual([{ path: '/n', message: 'must be number' }, { path: '/i', message: 'must be integer' }]);
  });

  test('numbers JSON can write but int32 cannot hold: 1e308, integers beyond 2^53, 1e400 (parsed as Infinity), -0 and 1.0', () => {
    const body = JSON.parse('{"ChatSessionId": 1e308, "TopicId": -0, "Person": {"PersonId": 1e400, "ContactId": 9007199254740993, "CountryId": 2147483647.0, "Rank": -1e400}, "Sale": {"Amount": 1e400}}');
    const byPath = Object.fromEntries(validateChatSessionResponse(body).map((issue) => [issue.path, issue.message]));
    expect(byPath).toEqual({
      '/ChatSessionId': 'must be <= 2147483647',
      '/Person/PersonId': 'must be integer',
      '/Person/ContactId': 'must be <= 2147483647',
      '/Person/Rank': 'must be integer',
      '/Person': 'must be null', // the carrier's other oneOf branch, as ajv reports it
      '/Sale/Amount': 'must be number',
      '/Sale': 'must be null',
    });
  });

  test('lone surrogates (legal in JSON escapes) against the patterns and in keys: issues, no exception', () => {
    const body = JSON.parse('{"Flags": "CustomerIsTyping\\ud800", "WhenRequested": "\\udfff", "FieldProperties": {"\\ud800": 1}}');
    expect(validateChatSessionResponse(body)).toEqual([
      { path: '/WhenRequested', message: expect.stringMatching(/^must match pattern/) },
      { path: '/Flags', message: expect.stringMatching(/^must match pattern/) },
      { path: '/FieldProperties/\ud800', message: 'must be object' },
    ]);
  });

  test('an operation without a JSON body, or an unknown one, is a TypeError (not a silent pass)', () => {
    expect(() => validateResponse('DeleteChatSessionEntity', {})).toThrow('No response validator for DeleteChatSessionEntity');
    expect(() => validateResponse('constructor' as never, {})).toThrow('No response validator for constructor');
  });
});
