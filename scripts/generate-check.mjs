#!/usr/bin/env node
// Fails (exit 1), naming each file, when generated/ is not what scripts/generate.mjs makes from openapi/ now.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.join(root, 'generated');
const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'chatsession-generated-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts/generate.mjs'), '--out', fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const names = [...new Set([...fs.readdirSync(committed), ...fs.readdirSync(fresh)])].sort();
  const stale = names.filter((name) => {
    const a = path.join(committed, name);
    const b = path.join(fresh, name);
    return !fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b));
  });
  if (stale.length > 0) {
    for (const name of stale) {
      const why = !fs.existsSync(path.join(committed, name)) ? 'missing' : !fs.existsSync(path.join(fresh, name)) ? 'no longer generated' : 'out of date';
      console.error(`generated/${name}: ${why}`);
    }
    console.error('generated/ does not match openapi/: run `npm run generate` and commit the result.');
    process.exit(1);
  }
  console.log(`generated/ is up to date (${names.length} files).`);
} finally {
  fs.rmSync(fresh, { recursive: true, force: true });
}
