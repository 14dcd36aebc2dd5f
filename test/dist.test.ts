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

test('the main entry does not contain the validator or any runtime dependency but openapi-fetch', () => {
  const esm = fs.readFileSync(`${ROOT}/dist/index.js`, 'utf8');
  expect(esm).not.toContain('pattern');
  const imports = [...esm.matchAll(/^import .* from ["']([^"']+)["']/gm)].map((m) => m[1]);
  expect(imports).toEqual(['openapi-fetch']);
  expect(esm).toContain('import("./validation.js")');
  const pkg = JSON.parse(fs.readFileSync(`${ROOT}/package.json`, 'utf8'));
  expect(Object.keys(pkg.dependencies)).toEqual(['openapi-fetch']);
});

test('the .d.ts files resolve, generated types included', () => {
  expect(fs.existsSync(`${ROOT}/dist/types/src/index.d.ts`)).toBe(true);
  expect(fs.existsSync(`${ROOT}/dist/types/generated/schema.d.ts`)).toBe(true);
  expect(fs.readFileSync(`${ROOT}/dist/types/src/types.d.ts`, 'utf8')).toContain("from '../generated/schema.js'");
});

test('TypeScript consumers with module node16 get the types through both the import and the require condition', () => {
  const dir = path.join(ROOT, 'test/types/consumers');
  const files = ['esm.mts', 'cjs.cts'].map((f) => path.join(dir, f));
  const program = ts.createProgram(files, { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: ['node'] });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  expect(diagnostics).toEqual([]);
  // And they did resolve to the two different declaration trees.
  const resolved = program.getSourceFiles().map((f) => path.relative(ROOT, f.fileName)).filter((f) => f.startsWith('dist/'));
  expect(resolved).toEqual(expect.arrayContaining(['dist/types/src/index.d.ts', 'dist/types-cjs/src/index.d.cts']));
}, 60_000);
