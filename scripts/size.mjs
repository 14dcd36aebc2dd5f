#!/usr/bin/env node
// npm run size: the browser cost of `import { createChatSessionClient } from 'superoffice-chatsession'`.
// Bundles the ESM entry with esbuild (minified, openapi-fetch included) and gzips it. The
// validation module and the $select path list are loaded lazily (only by callers who use them) and
// are measured separately. Exits 1 when the entry grows past BUDGET (CI runs this).
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Guards against growth. The target is 6 kB; see README "Size" for where the bytes go. */
const BUDGET = 8 * 1024;
const TARGET = 6 * 1024;

const gzip = (code) => zlib.gzipSync(code, { level: 9 }).length;
async function bundle(entry, external = []) {
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, external, absWorkingDir: root, logLevel: 'silent' });
  return result.outputFiles[0].contents;
}

const lazy = ['./validation.js', './select-query.js'];
const main = await bundle('src/index.ts', lazy);
const ours = await bundle('src/index.ts', [...lazy, 'openapi-fetch']);
const validation = await bundle('src/validation.ts');
const selectQuery = await bundle('src/select-query.ts');
const kB = (n) => `${(n / 1024).toFixed(2)} kB`;

console.log(`main entry (openapi-fetch included):  ${kB(gzip(main))} gzip, ${kB(main.length)} minified`);
console.log(`  of which this package's own code:   ${kB(gzip(ours))} gzip alone`);
console.log(`lazy: $select path check (first use): ${kB(gzip(selectQuery))} gzip`);
console.log(`lazy: response validation (opt-in):   ${kB(gzip(validation))} gzip`);
console.log(`issue target ${kB(TARGET)}: ${gzip(main) <= TARGET ? 'met' : 'MISSED'}; CI budget ${kB(BUDGET)}: ${gzip(main) <= BUDGET ? 'within' : 'EXCEEDED'}`);
process.exitCode = gzip(main) <= BUDGET ? 0 : 1;
