#!/usr/bin/env node
// Builds docs/index.html: the published API docs, one self-contained file that works offline.
// Redocly embeds the renderer (--inlineBundle); redocly.yaml switches telemetry off and uses
// system fonts. The renderer's "API docs by Redocly" attribution loads a logo from a CDN and no
// option turns that off, so the logo URL is replaced by an inline SVG with the same words: the
// attribution and its link stay, the request goes. test/browser/docs.test.ts lists every request
// the page still attempts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'docs/index.html');
const spec = JSON.parse(fs.readFileSync(path.join(root, 'generated/openapi.json'), 'utf8'));

// The renderer shows, for a property that is `oneOf: [{$ref}, {type: null}]`, the description of the
// referenced schema instead of the property's own (the vendor's text, e.g. "User agent handling this
// session"). The docs are rendered from a copy in which that $ref also carries the property's description.
const describeNullableRefs = (node) => {
  if (Array.isArray(node)) return node.forEach(describeNullableRefs);
  if (node === null || typeof node !== 'object') return;
  for (const prop of Object.values(node.properties ?? {})) {
    const [first, second] = prop.oneOf ?? [];
    if (prop.description && first?.$ref && second?.type === 'null' && prop.oneOf.length === 2) first.description = prop.description;
  }
  Object.values(node).forEach(describeNullableRefs);
};
describeNullableRefs(spec.components.schemas);
const input = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chatsession-docs-')), 'openapi.json');
fs.writeFileSync(input, JSON.stringify(spec));

execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'build-docs', input, '--config', path.join(root, 'redocly.yaml'), '--output', output, '--inlineBundle', '--title', spec.info.title],
  // Redocly's banners go to stderr; execFileSync puts them in the error when the build fails.
  { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
);

const LOGOS = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const wordmark = (text) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="system-ui,sans-serif" font-size="12" fill="#5a6270">${text}</text></svg>`)}`;
let html = fs.readFileSync(output, 'utf8');
const found = html.match(LOGOS)?.length ?? 0;
if (found === 0) throw new Error('the renderer no longer loads its logo from cdn.redoc.ly: check test/browser/docs.test.ts and update scripts/docs.mjs');
html = html.replace(LOGOS, wordmark('Redocly'));
fs.writeFileSync(output, html);
fs.rmSync(path.dirname(input), { recursive: true, force: true });
console.error(`built ${path.relative(root, output)} (${Math.round(html.length / 1024)} KiB, self-contained)`);
