// The built package: ESM and CommonJS entry points and the validation subpath, loaded the way a
// user's code loads them (through the package's exports map), each in a fresh Node process.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './support/reference';

const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }).trim();

test('ESM: import from "superoffice-chatsession" and its validation subpath', () => {
  const out = node(['--input-type=module', '-e', `
    import { createChatSessionClient, ChatSessionApiError, ChatSessionUsageError } from 'superoffice-chatsession';
    import { validateChatSessionResponse } from 'superoffice-chatsession/validation';
    const client = createChatSessionClient({ baseUrl: 'https://online.superoffice.com/Cust1', auth: { scheme: 'Bearer', token: 't' } });
    console.log(typeof client.create, typeof ChatSessionApiError, validateChatSessionResponse({ ChatSessionId: 'x' }).map((i) => i.path).join());
    try { createChatSessionClient({ baseUrl: 'http://online.superoffice.com', auth: { scheme: 'Bearer', token: 't' } }); } catch (e) { console.log(e instanceof ChatSessionUsageError); }
  `]);
  expect(out).toBe('function function /ChatSessionId\ntrue');
});

test('CommonJS: require("superoffice-chatsession") and its validation subpath', () => {
  const out = node(['-e', `
    const { createChatSessionClient } = require('superoffice-chatsession');
    const { validateChatSessionResponse } = require('superoffice-chatsession/validation');
    const client = createChatSessionClient({ baseUrl: 'https://online.superoffice.com/Cust1', auth: { scheme: 'Bearer', token: 't' } });
    console.log(typeof client.create, validateChatSessionResponse({}).length);
  `]);
  expect(out).toBe('function 0');
});

test('validateResponses loads the validation module lazily in both builds', async () => {
  for (const [flag, code] of [
    ['--input-type=module', `import { createChatSessionClient } from 'superoffice-chatsession';`],
    ['--input-type=commonjs', `const { createChatSessionClient } = require('superoffice-chatsession');`],
  ]) {
    const out = node([flag!, '-e', `${code}
      const fetch = async () => new Response('{"ChatSessionId":"x"}', { status: 200, headers: { 'content-type': 'application/json' } });
      const client = createChatSessionClient({ baseUrl: 'https://online.superoffice.com/Cust1', auth: { scheme: 'Bearer', token: 't' }, validateResponses: true, fetch });
      client.create({}).catch((e) => console.log(e.name, e.issues.map((i) => i.path).join()));
    `]);
    expect(out).toBe('ChatSessionValidationError /ChatSessionId');
  }
});

/** The start of a static `import … from '` / `export … from '` statement, in readable or whitespace-minified code. */
const STATEMENT = /(?:^|[;}])\s*(?:import|export)\b[^;(]*?from\s*["']/;

/** dist/index.js and the files it imports statically: what `import 'superoffice-chatsession'` loads up front. */
function upFront(file = 'index.js', seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(`${ROOT}/dist/${file}`, 'utf8');
  for (const m of code.matchAll(new RegExp(`${STATEMENT.source}(\\.\\/[^"']+)["']`, 'gm'))) upFront(m[1]!.slice(2), seen);
  return seen;
}

test('the main entry loads neither the validator nor any runtime dependency but openapi-fetch up front', () => {
  const files = [...upFront()];
  const code = files.map((f) => fs.readFileSync(`${ROOT}/dist/${f}`, 'utf8')).join('\n');
  expect(code).not.toContain('pattern');
  const bare = [...code.matchAll(new RegExp(`${STATEMENT.source}([^."'][^"']*)["']`, 'gm'))].map((m) => m[1]);
  expect([...new Set(bare)]).toEqual(['openapi-fetch']);
  expect(code).toContain('import("./validation.js")');
  const pkg = JSON.parse(fs.readFileSync(`${ROOT}/package.json`, 'utf8'));
  expect(Object.keys(pkg.dependencies)).toEqual(['openapi-fetch']);
});

test("the operations other than create are not loaded up front; in both builds they load on first use and throw the main bundle's errors", () => {
  const code = [...upFront()].map((f) => fs.readFileSync(`${ROOT}/dist/${f}`, 'utf8')).join('\n');
  expect(code).toContain('PostChatSessionEntity');
  expect(code).not.toMatch(/GetChatSessionEntity|TransferChatSession|GetChatTopicSessions|ChatSession\/\{chatSessionId\}/);
  expect(code).toMatch(/import\("\.\/lazy-operations-\w+\.js"\)/);
  for (const [flag, code] of [
    ['--input-type=module', `import { createChatSessionClient, ChatSessionUsageError } from 'superoffice-chatsession';`],
    ['--input-type=commonjs', `const { createChatSessionClient, ChatSessionUsageError } = require('superoffice-chatsession');`],
  ]) {
    const out = node([flag!, '-e', `${code}
      const fetch = async (request) => new Response(JSON.stringify({ url: request.url }), { status: 200, headers: { 'content-type': 'application/json' } });
      const client = createChatSessionClient({ baseUrl: 'https://online.superoffice.com/Cust1', auth: { scheme: 'Bearer', token: 't' }, fetch });
      client.transfer(196, '..').catch((e) => console.log(e instanceof ChatSessionUsageError))
        .then(() => client.transfer(196, 'Jo Hansen')).then((r) => console.log(r.url));
    `]);
    expect(out).toBe('true\nhttps://online.superoffice.com/Cust1/api/v1/ChatSession/196/TransferTo/Jo%20Hansen');
  }
});

test('one copy of the validator, CommonJS, which the ES module re-exports', () => {
  expect(fs.readFileSync(`${ROOT}/dist/validation.js`, 'utf8')).toMatch(/^import m from '\.\/validation\.cjs';\nexport const MAX_VALIDATION_ISSUES = m\.MAX_VALIDATION_ISSUES;\nexport const describeIssues = m\.describeIssues;\nexport const validateChatSessionResponse = m\.validateChatSessionResponse;\nexport const validateResponse = m\.validateResponse;\n$/);
  // The interpreter (one of its messages) and the response schemas (a $ref of theirs): in that file only.
  for (const marker of ['must be equal to one of the allowed values', '"#/$defs/ChatSessionEntityWithRights"']) {
    const withValidator = fs.readdirSync(`${ROOT}/dist`).filter((f) => /\.c?js$/.test(f) && fs.readFileSync(`${ROOT}/dist/${f}`, 'utf8').includes(marker));
    expect(withValidator).toEqual(['validation.cjs']);
  }
});

test('one declaration tree serves both conditions, generated types included', () => {
  for (const entry of ['index', 'validation']) {
    expect(fs.readFileSync(`${ROOT}/dist/${entry}.d.ts`, 'utf8')).toBe(`export * from './types/src/${entry}.cjs';\n`);
    expect(fs.readFileSync(`${ROOT}/dist/${entry}.d.cts`, 'utf8')).toBe(`export * from './types/src/${entry}.cjs';\n`);
  }
  // The generated types are part of the tree, imported by a relative path that resolves.
  const declarations = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? declarations(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const importers = declarations(`${ROOT}/dist/types`).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']*generated\/schema)\.cjs'/g)].map((m) => path.resolve(path.dirname(file), `${m[1]}.d.cts`)),
  );
  expect(importers.length).toBeGreaterThan(0);
  expect([...new Set(importers)]).toEqual([`${ROOT}/dist/types/generated/schema.d.cts`]);
  expect(fs.existsSync(`${ROOT}/dist/types/generated/schema.d.cts`)).toBe(true);
});

test('the shipped generated types are generated/schema.d.ts with tab indentation: every line and comment kept', () => {
  const shipped = fs.readFileSync(`${ROOT}/dist/types/generated/schema.d.cts`, 'utf8');
  const source = fs.readFileSync(`${ROOT}/generated/schema.d.ts`, 'utf8');
  expect(shipped).not.toMatch(/^ {4}/m);
  expect(shipped.split('\n').map((line) => line.replace(/^\t+/, (tabs) => '    '.repeat(tabs.length)))).toEqual(source.split('\n'));
  expect(shipped.length).toBeLessThan(source.length * 0.85);
});

test('TypeScript consumers with module node16 get the types through both the import and the require condition', () => {
  const dir = path.join(ROOT, 'test/types/consumers');
  const files = ['esm.mts', 'cjs.cts'].map((f) => path.join(dir, f));
  const program = ts.createProgram(files, { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: ['node'] });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  expect(diagnostics).toEqual([]);
  // And they did resolve through the two conditions.
  const resolved = program.getSourceFiles().map((f) => path.relative(ROOT, f.fileName)).filter((f) => f.startsWith('dist/'));
  expect(resolved).toEqual(expect.arrayContaining(['dist/index.d.ts', 'dist/index.d.cts', 'dist/types/src/index.d.cts']));
}, 60_000);
