// Starts the Prism contract mock once per jest run, on a free loopback port, serving the bundled
// spec; tests find it in process.env.PRISM_URL. global-teardown.ts always stops it.
import path from 'node:path';
import { startPrism, type RunningPrism } from '../../src/cli/prism';

declare global {
  // eslint-disable-next-line no-var -- shared between jest's global setup and teardown
  var __PRISM__: RunningPrism | undefined;
}

export default async function globalSetup(): Promise<void> {
  const started = performance.now();
  const prism = await startPrism({ spec: path.resolve(__dirname, '../../generated/openapi.json') });
  globalThis.__PRISM__ = prism;
  process.env.PRISM_URL = prism.url;
  process.env.PRISM_STARTUP_MS = String(Math.round(performance.now() - started));
  process.stderr.write(`\nPrism mock of the spec: started in ${process.env.PRISM_STARTUP_MS} ms at ${prism.url}\n`);
}
