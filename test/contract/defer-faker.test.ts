// Starting the static mock does not load faker (over a second of Prism's start-up), and faker still
// works, loaded on first use, when Prism generates data. Checked in a fresh Node process, where
// Node's own module cache is in play (jest has a module registry of its own).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from '../support/reference';

test('faker is deferred until first use, then is the real thing', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'defer-faker-'));
  const bundle = path.join(dir, 'defer-faker.cjs');
  buildSync({ entryPoints: [path.join(ROOT, 'src/cli/defer-faker.ts')], bundle: true, packages: 'external', platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
  const script = `
    const { createRequire } = require('node:module');
    const { deferFaker } = require(${JSON.stringify(bundle)});
    const root = ${JSON.stringify(ROOT)};
    deferFaker(root + '/package.json');
    const fromPrism = createRequire(createRequire(root + '/package.json').resolve('@stoplight/prism-http'));
    const fakerFile = fromPrism.resolve('@faker-js/faker');
    const started = performance.now();
    fromPrism('@stoplight/prism-http');
    const loadMs = performance.now() - started;
    const deferred = Object.keys(fromPrism('@faker-js/faker')).length === 0; // the stand-in, not loaded yet
    const name = fromPrism('@faker-js/faker').faker.lorem.word(); // first use loads it
    const realNow = typeof require.cache[fakerFile].exports.faker.lorem.word === 'function';
    console.log(JSON.stringify({ deferred, name: typeof name, realNow, loadMs }));
  `;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }));
  expect(out).toMatchObject({ deferred: true, name: 'string', realNow: true });
  fs.rmSync(dir, { recursive: true, force: true });
}, 30_000);
