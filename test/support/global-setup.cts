// Starts the Prism contract mock once per jest run, on a free loopback port, serving the bundled
// spec; tests find it in process.env.PRISM_URL. global-teardown.ts always stops it.
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { RunningPrism, startPrism as StartPrism } from '../../src/cli/prism';

declare global {
  // eslint-disable-next-line no-var -- shared between jest's global setup and teardown
  var __PRISM__: RunningPrism | undefined;
}

export default async function globalSetup(): Promise<void> {
  // Global setup runs outside jest's module system (no .js -> .ts mapping for src/'s imports), so
  // src/cli/prism.ts is bundled first, as the CLI build bundles it.
  // Inside the project, so that its packages resolve from the bundle.
  const bundle = path.resolve(__dirname, '../../node_modules/.cache/test-prism/prism.cjs');
  buildSync({ entryPoints: [path.resolve(__dirname, '../../src/cli/prism.ts')], bundle: true, packages: 'external', platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
  const { startPrism } = require(bundle) as { startPrism: typeof StartPrism };
  const started = performance.now();
  const prism = await startPrism({ spec: path.resolve(__dirname, '../../generated/openapi.json') });
  globalThis.__PRISM__ = prism;
  process.env.PRISM_URL = prism.url;
  process.env.PRISM_STARTUP_MS = String(Math.round(performance.now() - started));
  process.stderr.write(`\nPrism mock of the spec: started in ${process.env.PRISM_STARTUP_MS} ms at ${prism.url}\n`);
}
