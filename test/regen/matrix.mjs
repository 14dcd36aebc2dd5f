#!/usr/bin/env node
// The regeneration matrix (run by `npm run regen`, which installs this package first).
//
// For each generator of generators.mjs: generate a client from generated/openapi.json into
// out/<id>/client, compile it with the calls in calls/ using `tsc --strict` (with a reference to the
// generated function of every operation of the spec), call POST /api/v1/ChatSession (`endToEnd`)
// against a loopback server that records the wire request, and check that the
// request is the vendor's sample entity sent as application/json (with the $select query, the SO-*
// headers and Basic credentials) and that the result carries the sample response's values. Then
// measure the generated types (lib/measure.mjs), convert the spec to a Postman collection and check
// its request (lib/postman.mjs), and validate both documents with @apidevtools/swagger-parser.
//
// It prints what it measured, writes it to out/matrix.json and out/matrix.md, and fails when the
// README's table ("Regenerating clients") differs from it: `npm run regen -- --update-readme`
// rewrites the table from the measurement.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { generators, postman } from './generators.mjs';
import { measureTypes } from './lib/measure.mjs';
import { checkPostman } from './lib/postman.mjs';
import { startRecorder } from './lib/recorder.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outRoot = path.join(here, 'out');
const readmePath = path.join(root, 'README.md');
const TABLE_START = '<!-- regen-matrix:start (written by npm run regen -- --update-readme) -->';
const TABLE_END = '<!-- regen-matrix:end -->';
const STEP_TIMEOUT_MS = 120_000;
const env = { ...process.env, SCARF_ANALYTICS: 'false', DO_NOT_TRACK: '1', NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' };

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const specFile = (name) => path.join(root, 'generated', name);
const spec = readJson(specFile('openapi.json'));

// Every operation of the spec (each generated client must have them all).
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const operationIds = Object.values(spec.paths).flatMap((item) => METHODS.filter((m) => item[m]).map((m) => item[m].operationId));

// What the POST call sends and what the server answers, from the spec's examples.
const operation = spec.paths['/api/v1/ChatSession'].post;
const example = (content) => {
  const first = Object.values(content['application/json'].examples)[0];
  return first.$ref ? spec.components.examples[first.$ref.split('/').pop()].value : first.value;
};
const sampleRequest = example(operation.requestBody.content);
const sampleResponse = example(operation.responses['200'].content);
const call = {
  select: 'ChatSessionId,Status,Flags',
  soHeaders: { 'SO-Language': 'en', 'SO-AppToken': 'regen-app-token' },
  basicCredentials: 'regen-user:regen-password',
};

/**
 * Runs a command (a bin of this package's node_modules/.bin, or `node`) without blocking the loopback
 * server; resolves to its stdout, rejects with its output when it fails or outlives STEP_TIMEOUT_MS.
 */
function run(label, argv, { cwd, extraEnv = {} } = {}) {
  const [bin, ...args] = argv;
  const file = bin === 'node' ? process.execPath : path.join(here, 'node_modules/.bin', bin);
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], timeout: STEP_TIMEOUT_MS });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${(stdout + stderr).slice(-4000)}`));
    });
  });
}

/** Writes the files of out/<id> around the generated client: types, sample, call, tsconfig. */
function scaffold(generator, dir) {
  fs.writeFileSync(path.join(dir, 'types.ts'), `// Written by test/regen/matrix.mjs: the generated entity and result types.\n${generator.types}\n`);
  fs.writeFileSync(
    path.join(dir, 'sample.ts'),
    `// Written by test/regen/matrix.mjs. The vendor's sample request typed with the generated entity type (the
// compile fails when that type rejects what the vendor sends), and what the call sends.
import type { ChatSessionEntity, ChatSessionEntityWithLinks } from './types';

export const sampleRequest: ChatSessionEntity = ${JSON.stringify(sampleRequest, null, 2)};
export const baseUrl: string = process.env.REGEN_BASE_URL ?? 'http://127.0.0.1:9';
export const select = ${JSON.stringify(call.select)};
export const soHeaders = ${JSON.stringify(call.soHeaders)};
export const basicCredentials = ${JSON.stringify(call.basicCredentials)};
export const basicAuthorization = \`Basic \${btoa(basicCredentials)}\`;

/** Runs the call and prints its result, which must have the generated result type. */
export function run(call: () => Promise<ChatSessionEntityWithLinks | undefined>): void {
  call().then(
    (result) => console.log(JSON.stringify({ result })),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
`,
  );
  fs.writeFileSync(
    path.join(dir, 'probe.ts'),
    `// Written by test/regen/matrix.mjs: what lib/measure.mjs inspects, and every operation of the spec (compiled by tsc).\nexport * from './types';\n${generator.operation}\n${generator.everyOperation(operationIds)}\n`,
  );
  const tsconfig = {
    compilerOptions: {
      strict: true, target: 'ES2022', module: 'commonjs', moduleResolution: 'node10', lib: ['ES2022', 'DOM'], types: ['node'],
      skipLibCheck: true, esModuleInterop: true, noEmitOnError: true, outDir: 'js', rootDir: '.',
    },
    include: ['*.ts', 'client/**/*.ts'],
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  fs.mkdirSync(path.join(dir, 'js'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'js/package.json'), '{ "type": "commonjs" }\n');
}

/**
 * The operations called end to end, by operationId: `check(requests, result)` lists what is wrong
 * with the requests that reached the loopback server and the result the call printed.
 */
const endToEnd = {
  PostChatSessionEntity: { check: postChatSessionFailures },
};

/** POST /api/v1/ChatSession: the sample entity as application/json with $select, SO-* headers and Basic credentials; the sample response back. */
function postChatSessionFailures(requests, result) {
  const failures = [];
  const [request, ...more] = requests;
  if (!request) return ['no request reached the server'];
  if (more.length) failures.push(`${requests.length} requests, expected 1`);
  const mediaType = String(request.headers['content-type'] ?? '').split(';')[0].trim();
  const expect = (what, actual, expected) => !isDeepStrictEqual(actual, expected) && failures.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  expect('method and path', `${request.method} ${request.path}`, 'POST /api/v1/ChatSession');
  expect('Content-Type', mediaType, 'application/json');
  let body;
  try {
    body = JSON.parse(request.body);
  } catch {
    failures.push(`body is not JSON: ${request.body.slice(0, 80)}`);
  }
  if (body !== undefined) expect('body', body, sampleRequest);
  expect('query', request.query, { $select: call.select });
  for (const [name, value] of Object.entries(call.soHeaders)) expect(`header ${name}`, request.headers[name.toLowerCase()], value);
  expect('Authorization', request.headers.authorization, `Basic ${Buffer.from(call.basicCredentials).toString('base64')}`);
  expect('result', result, sampleResponse);
  return failures;
}

async function runGenerator(generator, recorder) {
  const dir = path.join(outRoot, generator.id);
  const client = path.join(dir, 'client');
  fs.mkdirSync(client, { recursive: true });
  const timings = {};
  const timed = async (name, fn) => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      timings[name] = Math.round(performance.now() - start);
    }
  };
  const paths = { spec: specFile(generator.document), out: client, dir };
  for (const [name, text] of Object.entries(generator.config?.(paths) ?? {})) fs.writeFileSync(path.join(dir, name), text);
  // The calls first: a generator may read one (orval's mutator) while generating.
  const calls = Object.keys(endToEnd).map((operationId) => {
    if (!generator.calls[operationId]) throw new Error(`${generator.id}: no call for ${operationId} in generators.mjs`);
    return [operationId, `call-${operationId}`];
  });
  for (const [operationId, name] of calls) fs.copyFileSync(path.join(here, 'calls', generator.calls[operationId]), path.join(dir, `${name}.ts`));
  for (const [name, from] of Object.entries(generator.support ?? {})) fs.copyFileSync(path.join(here, 'calls', from), path.join(dir, name));
  await timed('generate', () => run(`${generator.id}: generate`, generator.generate(paths), { cwd: dir }));
  scaffold(generator, dir);
  await timed('tsc --strict', () => run(`${generator.id}: tsc --strict`, ['tsc', '-p', dir], { cwd: dir }));
  const failures = [];
  const sent = {};
  for (const [operationId, name] of calls) {
    recorder.take();
    const output = await timed(`call ${operationId}`, () => run(`${generator.id}: ${name}`, ['node', path.join(dir, `js/${name}.js`)], { cwd: dir, extraEnv: { REGEN_BASE_URL: recorder.url } }));
    const requests = recorder.take();
    sent[operationId] = requests[0];
    failures.push(...endToEnd[operationId].check(requests, JSON.parse(output.trim().split('\n').pop()).result).map((f) => `${operationId}: ${f}`));
  }
  const request = sent.PostChatSessionEntity;
  const measured = await timed('measure', () =>
    measureTypes(dir, { 'Flags': spec.components.schemas.ChatSessionFlags.pattern, 'date-times': spec.components.schemas.DateTime.pattern }),
  );
  measured['Content-Type sent'] = request ? `\`${request.headers['content-type']}\`` : 'nothing sent';
  return { failures, measured, timings };
}

/**
 * The README block: a table with one row per measured aspect and one column per generator, then the
 * Postman collection and the validators.
 */
function markdownTable(results) {
  const ids = generators.map((g) => g.id);
  const rows = [...new Set(ids.flatMap((id) => Object.keys(results[id].measured ?? {})))];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const cell = (text) => (text ?? 'failed').replaceAll('|', '\\|');
  return [
    'Commands (the matrix runs the same, with its own paths; pinned versions):',
    '',
    ...[...generators, postman].map((g) => `- ${g.name}: \`${g.readme.command}\`${g.readme.note ? ` (${g.readme.note})` : ''}`),
    '',
    line(['', ...generators.map((g) => g.name)]),
    line(['---', ...ids.map(() => '---')]),
    ...rows.map((row) => line([row, ...ids.map((id) => cell(results[id].measured?.[row]))])),
    '',
    `${postman.name}:`,
    '',
    ...Object.entries(results[postman.id].measured).map(([k, v]) => `- ${k}: \`${v}\``),
    '',
    ...Object.entries(results)
      .filter(([id]) => id.startsWith('swagger-parser'))
      .map(([id, r]) => `- @apidevtools/swagger-parser \`validate()\`, \`generated/${id.split(' ')[1]}\`: ${r.failures.length ? 'rejected' : 'valid'}`),
  ].join('\n');
}

const started = performance.now();
fs.rmSync(outRoot, { recursive: true, force: true });
fs.mkdirSync(outRoot, { recursive: true });
const results = {};
const failed = [];
const recorder = await startRecorder({ response: sampleResponse });
try {
  for (const generator of generators) {
    try {
      results[generator.id] = await runGenerator(generator, recorder);
    } catch (error) {
      results[generator.id] = { failures: [error.message] };
    }
    const { failures, timings } = results[generator.id];
    console.log(`${failures.length ? '✗' : '✓'} ${generator.name}${timings ? ` (${Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join(', ')})` : ''}`);
    for (const failure of failures) console.log(`    ${failure.replaceAll('\n', '\n    ')}`);
    if (failures.length) failed.push(generator.id);
  }
} finally {
  await recorder.close();
}

// The Postman collection.
const flagsPattern = spec.components.schemas.ChatSessionFlags.pattern;
const collection = await checkPostman(spec, postman.options, { sampleRequest, flagsPattern }).catch((error) => ({ failures: [error.message], measured: {} }));
fs.writeFileSync(path.join(outRoot, 'chatsession.postman.json'), JSON.stringify(collection.collection ?? null, null, 2));
results[postman.id] = { failures: collection.failures, measured: collection.measured };
console.log(`${collection.failures.length ? '✗' : '✓'} ${postman.name}`);
for (const [k, v] of Object.entries(collection.measured)) console.log(`    ${k}: ${v}`);
if (collection.fakedFlags !== undefined) console.log(`    faked Flags (default options): ${JSON.stringify(collection.fakedFlags)}`);
for (const failure of collection.failures) console.log(`    ${failure}`);
if (collection.failures.length) failed.push(postman.id);

// The validators generators run first.
for (const name of ['openapi.json', 'openapi-3.0.json']) {
  const id = `swagger-parser ${name}`;
  try {
    await SwaggerParser.validate(readJson(specFile(name)));
    results[id] = { failures: [], measured: { validate: 'valid' } };
    console.log(`✓ @apidevtools/swagger-parser validate(): generated/${name} is valid`);
  } catch (error) {
    results[id] = { failures: [error.message], measured: {} };
    console.log(`✗ @apidevtools/swagger-parser validate(): generated/${name}\n    ${error.message}`);
    failed.push(id);
  }
}

// What was measured: printed, written, and compared with the README.
const table = markdownTable(results);
fs.writeFileSync(path.join(outRoot, 'matrix.json'), JSON.stringify(results, null, 2));
fs.writeFileSync(path.join(outRoot, 'matrix.md'), `${table}\n`);
console.log(`\nMeasured (out/matrix.md):\n\n${table}\n`);
const readme = fs.readFileSync(readmePath, 'utf8');
const start = readme.indexOf(TABLE_START);
const end = readme.indexOf(TABLE_END);
if (start === -1 || end < start) {
  console.log(`✗ README.md has no table between "${TABLE_START}" and "${TABLE_END}"`);
  failed.push('README');
} else if (readme.slice(start + TABLE_START.length, end).trim() !== table) {
  if (process.argv.includes('--update-readme')) {
    fs.writeFileSync(readmePath, `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`);
    console.log('✓ README.md: table rewritten from the measurement');
  } else {
    console.log('✗ README.md: the "Regenerating clients" table differs from what the matrix measured (npm run regen -- --update-readme rewrites it)');
    failed.push('README');
  }
} else {
  console.log('✓ README.md: the "Regenerating clients" table matches the measurement');
}

console.log(`\nregen: ${generators.length + 1} generators, ${failed.length ? `FAILED: ${failed.join(', ')}` : 'all passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failed.length ? 1 : 0;
