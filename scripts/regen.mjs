#!/usr/bin/env node
// npm run regen: the regeneration matrix. Installs the pinned generators of test/regen/ (a package of
// its own, with its own lockfile, so the project's `npm ci` stays lean) and runs test/regen/matrix.mjs.
//
//   npm run regen                      install (npm ci in test/regen) and run the matrix
//   npm run regen -- --no-install      run with what test/regen/node_modules already holds
//   npm run regen -- --update-readme   also rewrite the README's table from the measurement
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const matrixDir = path.join(root, 'test/regen');
const args = process.argv.slice(2);
const started = performance.now();
// Telemetry off for the generators' install scripts and runs (scarf, update notifiers).
const env = { ...process.env, SCARF_ANALYTICS: 'false', DO_NOT_TRACK: '1', NO_UPDATE_NOTIFIER: '1' };

const step = (command, commandArgs) => {
  const result = spawnSync(command, commandArgs, { cwd: matrixDir, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!args.includes('--no-install')) {
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  step(npm[0], [...npm[1], 'ci', '--no-audit', '--no-fund', '--loglevel=error']);
  console.log(`regen: generators installed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
step(process.execPath, [path.join(matrixDir, 'matrix.mjs'), ...args.filter((a) => a !== '--no-install')]);
console.log(`regen: total ${((performance.now() - started) / 1000).toFixed(1)} s`);
