#!/usr/bin/env node
// Runs the Redocly CLI with the given arguments and passes its output through, except one block:
// the boxed "Deprecation warning: Node.js 20 support is ending" banner it prints on Node 20 before
// every command (Node 20 is supported by the pinned 2.77.0; the banner is about future releases).
// Only a box (╔ … ╚ lines) that contains that sentence is dropped; every other line, warnings and
// errors included, goes through unchanged, and the exit code is Redocly's. `npx redocly …` shows it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BANNER = 'Node.js 20 support is ending';

/** Removes a box that contains BANNER (and the blank lines around it) from `text`. */
export function withoutNode20Banner(text) {
  return text.replace(/\n*[ \t]*╔[^\n]*\n(?:[ \t]*║[^\n]*\n)*[ \t]*╚[^\n]*\n\n?/g, (box) => (box.includes(BANNER) ? '' : box));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/@redocly/cli/bin/cli.js'), ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'pipe'],
    env: { REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', ...process.env },
  });
  // stderr is held back only while it may be the banner (which comes first), then streamed.
  let head = '';
  let streaming = false;
  const flush = () => {
    process.stderr.write(withoutNode20Banner(head));
    streaming = true;
  };
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    if (streaming) return void process.stderr.write(chunk);
    head += chunk;
    const mayBeBanner = /^\s*(╔[^]*)?$/.test(head) && !/╚[^\n]*\n/.test(head) && head.length <= 4096;
    if (!mayBeBanner) flush();
  });
  child.on('close', (code, signal) => {
    if (!streaming) flush();
    process.exitCode = signal ? 1 : (code ?? 1);
  });
}
