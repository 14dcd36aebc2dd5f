// Prism is an optional peer dependency. Without it (the built package copied where no Prism can
// be resolved), each way in says what to do, and the library itself still loads.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/cli';
import { ROOT } from '../support/reference';

const INSTALL = 'npm install --save-dev @stoplight/prism-cli@5.14.2';
let dir: string;
const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, env, '', { script: path.join(dir, 'dist/cli.js') });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatsession-without-prism-'));
  fs.cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'generated'));
  fs.copyFileSync(path.join(ROOT, 'generated/openapi.json'), path.join(dir, 'generated/openapi.json'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(path.join(ROOT, 'node_modules/openapi-fetch'), path.join(dir, 'node_modules/openapi-fetch')); // the one runtime dependency
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('create with no base URL: a usage error naming both ways out (--base-url / SO_BASE_URL, or install Prism)', async () => {
  const result = await cli(['create', '--sample']);
  expect(result).toMatchObject({ code: 2, stdout: '' });
  expect(result.stderr).toBe(`chatsession: usage error: no base URL, and the embedded mock needs Prism, which is not installed. Either pass --base-url URL (or set SO_BASE_URL) to use a tenant, or install Prism for the mock: ${INSTALL}\n`);
});

test('mock and contract: exit 1, saying how to install Prism', async () => {
  const message = `Prism (@stoplight/prism-cli) is not installed; install it with \`${INSTALL}\`.`;
  const [mock, contract] = await Promise.all([cli(['mock', '--port', '0']), cli(['contract', '--upstream', 'http://127.0.0.1:9'], { SO_BEARER_TOKEN: 'token-1a2b3c4d' })]);
  expect(mock).toMatchObject({ code: 1, stdout: '', stderr: `chatsession: error: ${message}\n` });
  expect(contract).toMatchObject({ code: 1, stdout: '', stderr: `chatsession: error: ${message}\n` });
});

test('superoffice-chatsession/mock: startMock rejects saying how to install Prism; the library loads without it', async () => {
  const output = await new Promise<string>((resolve) =>
    execFile(
      process.execPath,
      ['--input-type=module', '-e', `
        import { createChatSessionClient } from 'superoffice-chatsession';
        import { startMock } from 'superoffice-chatsession/mock';
        console.log(typeof createChatSessionClient);
        await startMock().catch((e) => console.log(e.message));
      `],
      { cwd: dir, timeout: 20_000 },
      (_error, stdout, stderr) => resolve(stdout + stderr),
    ),
  );
  expect(output).toBe(`function\nsuperoffice-chatsession/mock needs Prism, an optional peer dependency: ${INSTALL}\n`);
});
