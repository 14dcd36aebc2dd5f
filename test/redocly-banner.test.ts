// `npm run lint` runs Redocly through scripts/redocly.mjs, which drops Redocly's boxed Node 20
// end-of-life banner and nothing else: the same lint, run bare and through the wrapper, gives the
// same output minus that box, and the same exit code, for a spec with errors too.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './support/reference';

const REDOCLY = path.join(ROOT, 'node_modules/@redocly/cli/bin/cli.js');
const WRAPPER = path.join(ROOT, 'scripts/redocly.mjs');
const BANNER = 'Node.js 20 support is ending';
const onNode20 = process.versions.node.startsWith('20.');

const lint = (script: string, file: string) => {
  const r = spawnSync(process.execPath, [script, 'lint', file, '--config', path.join(ROOT, 'redocly.yaml')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' } });
  // Timings differ from run to run.
  const normalize = (text: string) => text.replace(/\d+ms/g, 'Nms');
  return { status: r.status, stdout: normalize(r.stdout), stderr: normalize(r.stderr) };
};
/** The bare output with the banner's box taken out by hand, to compare with the wrapper's. */
const withoutBox = (text: string) => {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes('╔'));
  const end = lines.findIndex((l) => l.includes('╚'));
  if (start === -1 || !lines.slice(start, end + 1).some((l) => l.includes(BANNER))) return text;
  let from = start;
  while (from > 0 && lines[from - 1]!.trim() === '') from -= 1;
  let to = end + 1;
  while (to < lines.length && lines[to]!.trim() === '' && to - end <= 1) to += 1;
  return [...lines.slice(0, from), ...lines.slice(to)].join('\n');
};

test('a spec with errors: the same errors and exit code, without the Node 20 banner', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redocly-banner-'));
  const broken = path.join(dir, 'broken.yaml');
  fs.writeFileSync(broken, 'openapi: 3.1.0\ninfo:\n  title: broken\npaths:\n  /x:\n    get:\n      responses: {}\n');
  try {
    const bare = lint(REDOCLY, broken);
    const wrapped = lint(WRAPPER, broken);
    if (onNode20) expect(bare.stderr).toContain(BANNER);
    expect(wrapped.stderr).not.toContain(BANNER);
    expect(wrapped.status).toBe(bare.status);
    expect(wrapped.status).not.toBe(0);
    expect(wrapped.stdout).toBe(bare.stdout);
    expect(wrapped.stderr).toBe(withoutBox(bare.stderr));
    expect(wrapped.stderr).toMatch(/error/i);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);
