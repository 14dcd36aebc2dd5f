// `superoffice-chatsession/mock` used exactly as a user's test suite uses it: through the package's
// own name and `exports` (the built dist/), from ESM (the README's node:test example, run as it is
// written), from CommonJS (as jest runs tests), and from TypeScript.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../support/reference';

let dir: string;
beforeAll(() => {
  // Inside the package (so that its own name resolves), outside node_modules; test-results/ is not committed.
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  dir = fs.mkdtempSync(path.join(ROOT, 'test-results', 'mock-subpath-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: dir, timeout: 30_000 }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

/** The README's example, as it is printed there. */
function readmeExample(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Testing your code against the mock'));
  return /```js\n([\s\S]*?)```/.exec(section)![1]!;
}

test('the README example runs with node --test: the mock starts on a free port, the client creates against it, it stops', async () => {
  const file = path.join(dir, 'example.test.mjs');
  fs.writeFileSync(file, readmeExample());
  const result = await node(['--test', '--test-reporter=tap', file]);
  expect(result.stdout).toMatch(/^# pass 2$/m);
  expect(result.stdout).toMatch(/^# fail 0$/m);
  expect(result.code).toBe(0);
}, 30_000);

test('CommonJS (jest\'s default): require("superoffice-chatsession/mock"); IPv6; two at once; close twice; a busy port says so', async () => {
  const result = await node([
    '-e',
    `
    const { startMock } = require('superoffice-chatsession/mock');
    const { createChatSessionClient, ChatSessionApiError } = require('superoffice-chatsession');
    (async () => {
      const [a, b] = await Promise.all([startMock(), startMock({ host: '::1', dynamic: true })]);
      console.log(a.url.replace(/\\d+$/, 'PORT'), b.url.replace(/\\d+$/, 'PORT'), a.url !== b.url);
      const client = createChatSessionClient({ baseUrl: b.url, auth: { scheme: 'Bearer', token: 'test-token' } });
      console.log(typeof (await client.create({ CustomerName: 'Kris' })).ChatSessionId);
      const invalid = await client.create({ Status: 'Open' }).catch((e) => e);
      console.log(invalid instanceof ChatSessionApiError, invalid.status);
      const busy = await startMock({ port: Number(new URL(a.url).port) }).catch((e) => e.message);
      console.log(busy.replace(/\\d+/, 'PORT'));
      console.log(await startMock({ port: -1 }).catch((e) => e.name + ': ' + e.message));
      await a.close(); await a.close(); await b.close();
      console.log(await fetch(a.url).then(() => 'still up', () => 'stopped'));
    })();
  `,
  ]);
  expect(result.stderr).toBe('');
  expect(result.stdout.trim().split('\n')).toEqual([
    'http://127.0.0.1:PORT http://[::1]:PORT true',
    'number',
    'true 400',
    'port PORT is in use; pass another port, or 0 for a free one.',
    'ChatSessionUsageError: port must be a port number from 0 to 65535 (0 picks a free one), got -1.',
    'stopped',
  ]);
}, 30_000);

test('TypeScript (module node16): the subpath\'s types resolve through `exports` for import and require', () => {
  fs.writeFileSync(path.join(dir, 'esm.mts'), `import { startMock, type RunningMock } from 'superoffice-chatsession/mock';\nconst m: Promise<RunningMock> = startMock({ port: 0, host: '::1', dynamic: true });\nvoid m.then((r) => { const u: string = r.url; return r.close(); });\n// @ts-expect-error port is a number\nvoid startMock({ port: '4010' });\n`);
  fs.writeFileSync(path.join(dir, 'cjs.cts'), `import mock = require('superoffice-chatsession/mock');\nconst started: Promise<{ url: string; close(): Promise<void> }> = mock.startMock();\nvoid started;\n`);
  const program = ts.createProgram([path.join(dir, 'esm.mts'), path.join(dir, 'cjs.cts')], { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: [] });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  expect(diagnostics).toEqual([]);
  const resolved = program.getSourceFiles().map((f) => path.relative(ROOT, f.fileName)).filter((f) => f.startsWith('dist/'));
  expect(resolved).toEqual(expect.arrayContaining(['dist/mock.d.ts', 'dist/mock.d.cts']));
}, 60_000);
