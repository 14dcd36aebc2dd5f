// `chatsession mock`: serves the contract mock (Prism) of the spec until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { UsageError } from './env.js';
import { MOCK_FLAGS } from './flags.js';
import { help } from './help.js';
import type { Io } from './io.js';
import { ListenError, startPrism } from './prism.js';
import { SPEC_PATH } from './spec.js';

export async function mock(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { ...MOCK_FLAGS, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(help());
    return 0;
  }
  const port = values.port === undefined ? 4010 : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
  if (!Number.isInteger(port) || port > 65535) throw new UsageError(`--port must be a port number from 0 to 65535 (0 picks a free one), got ${JSON.stringify(values.port)}`);
  const host = values.host ?? '127.0.0.1';
  const prism = await startPrism({ spec: SPEC_PATH, port, host, dynamic: values.dynamic === true }).catch((error: unknown) => {
    if (!(error instanceof ListenError)) throw error;
    if (error.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pass --port with another port (0 picks a free one)`);
    throw new UsageError(`${error.message}; pass --host with an address of this machine, such as 127.0.0.1 or ::1`);
  });
  io.out(
    `Prism mock of the ChatSession resource (${values.dynamic ? 'dynamic' : 'static: the sample responses of the vendor\'s pages'}) listening on ${prism.url}\n\n` +
      `Try:\n  curl -i -X POST '${prism.url}/api/v1/ChatSession?$select=CustomerName' \\\n` +
      `    -H 'Authorization: Bearer mock-token' -H 'Content-Type: application/json' \\\n` +
      `    -d '{"CustomerName": "Kris", "Status": "InQueue"}'\n\nPress Ctrl+C to stop.`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await prism.close();
  return 0;
}
