// `chatsession mock`: serves the contract mock (Prism) of the spec until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { UsageError } from './env.js';
import { startPrism } from './prism.js';
import { SPEC_PATH } from './spec.js';

export async function mock(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { port: { type: 'string' }, host: { type: 'string' }, dynamic: { type: 'boolean' } } });
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number (0 picks a free one)');
  const prism = await startPrism({ spec: SPEC_PATH, port, host: values.host ?? '127.0.0.1', dynamic: values.dynamic === true });
  process.stdout.write(
    `Prism mock of POST /api/v1/ChatSession (${values.dynamic ? 'dynamic' : 'static: the sample response'}) listening on ${prism.url}\n\n` +
      `Try:\n  curl -i -X POST '${prism.url}/api/v1/ChatSession?$select=CustomerName' \\\n` +
      `    -H 'Authorization: Bearer mock-token' -H 'Content-Type: application/json' \\\n` +
      `    -d '{"CustomerName": "Kris", "Status": "InQueue"}'\n\nPress Ctrl+C to stop.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await prism.close();
  return 0;
}
