// The `chatsession` command: create a chat session, serve the contract mock, or check a real
// server against the contract. Node only.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createChatSessionClient } from './client.js';
import { runContract } from './cli/contract.js';
import { authFromEnv, ENV_HELP, UsageError } from './cli/env.js';
import { startPrism } from './cli/prism.js';
import { sampleRequest, SPEC_PATH } from './cli/spec.js';
import { ChatSessionError } from './errors/chat-session-error.js';
import { ChatSessionUsageError } from './errors/usage-error.js';
import type { SelectPath } from './select.js';
import { selectQuery } from './select-query.js';
import type { ChatSessionEntity } from './types.js';

const HELP = `Usage: chatsession <command> [options]

Commands:
  create      POST /api/v1/ChatSession: create a chat session and print it as JSON
  mock        serve the contract mock (Prism) of the spec
  contract    check a real server against the spec through Prism's validating proxy

chatsession create [--file entity.json | --file - | --sample] [options]
  --file PATH         the ChatSessionEntity to save, as JSON ('-' reads standard input)
  --sample            use the sample request from the vendor's reference page
  --select a,b/c      $select: only these properties are filled in
  --base-url URL      the tenant URL (default: $SO_BASE_URL). Without one, the embedded Prism mock
                      is started on a free loopback port, used, and stopped.
  --accept-language V, --language V, --culture V, --time-zone V
                      Accept-Language, SO-Language, SO-Culture, SO-TimeZone
  --timeout-ms N      time allowed for the call (default 60000)
  --validate          check the response against the spec
  --allow-insecure-http  allow credentials over http:// to a non-loopback host

chatsession mock [--port 4010] [--host 127.0.0.1] [--dynamic]
  Static mode answers with the page's sample response; --dynamic generates data from the schemas.

chatsession contract --upstream URL [--file entity.json]
  Sends the sample request (or --file) through Prism's validating proxy to URL and reports every
  violation of the contract in the request or the response.

${ENV_HELP}

Exit codes: 0 success, 1 API, network or contract error, 2 usage error.`;

const MOCK_CREDENTIALS = { scheme: 'Bearer', token: 'mock-token' } as const;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === 'create') return create(rest);
  if (command === 'mock') return mock(rest);
  if (command === 'contract') return contract(rest);
  throw new UsageError(`unknown command "${command}"; run chatsession --help`);
}

async function create(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      file: { type: 'string' },
      sample: { type: 'boolean' },
      select: { type: 'string' },
      'base-url': { type: 'string' },
      'accept-language': { type: 'string' },
      language: { type: 'string' },
      culture: { type: 'string' },
      'time-zone': { type: 'string' },
      'timeout-ms': { type: 'string' },
      validate: { type: 'boolean' },
      'allow-insecure-http': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const entity = readEntity(values.file, values.sample === true);
  const baseUrl = values['base-url'] ?? process.env.SO_BASE_URL;
  const auth = authFromEnv(process.env);
  if (baseUrl && !auth) throw new UsageError('no credentials: set one kind of credentials in the environment (see --help)');
  const timeoutMs = values['timeout-ms'] === undefined ? undefined : Number(values['timeout-ms']);
  const select = values.select?.split(',').map((s) => s.trim()) as SelectPath[] | undefined;
  if (select) selectQuery(select); // a wrong path is a usage error before anything starts

  const run = async (url: string) => {
    const client = createChatSessionClient({
      baseUrl: url,
      auth: auth ?? MOCK_CREDENTIALS,
      ...(process.env.SO_APP_TOKEN !== undefined ? { appToken: process.env.SO_APP_TOKEN } : {}),
      ...(values['accept-language'] !== undefined ? { acceptLanguage: values['accept-language'] } : {}),
      ...(values.language !== undefined ? { language: values.language } : {}),
      ...(values.culture !== undefined ? { culture: values.culture } : {}),
      ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      validateResponses: values.validate === true,
      allowInsecureHttp: values['allow-insecure-http'] === true,
    });
    const session = await client.create(entity, select ? { select } : {});
    process.stdout.write(`${JSON.stringify(session, null, 2)}\n`);
    return 0;
  };
  if (baseUrl) return run(baseUrl);

  const prism = await startPrism({ spec: SPEC_PATH });
  process.stderr.write(`chatsession: no base URL given; using the embedded Prism mock at ${prism.url}\n`);
  try {
    return await run(prism.url);
  } finally {
    await prism.close();
  }
}

async function mock(args: string[]): Promise<number> {
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

async function contract(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { upstream: { type: 'string' }, file: { type: 'string' } } });
  if (!values.upstream) throw new UsageError('contract needs --upstream URL (the server to check)');
  const entity = values.file === undefined ? sampleRequest() : readEntity(values.file, false);
  const auth = authFromEnv(process.env);
  if (!auth) throw new UsageError('no credentials: set one kind of credentials in the environment (see --help)');
  const report = await runContract({ upstream: values.upstream, entity, auth, appToken: process.env.SO_APP_TOKEN });
  process.stdout.write(`${report.text}\n`);
  return report.conforms ? 0 : 1;
}

function readEntity(file: string | undefined, sample: boolean): ChatSessionEntity {
  if (sample && file !== undefined) throw new UsageError('give either --file or --sample, not both');
  if (sample) return sampleRequest() as ChatSessionEntity;
  if (file === undefined) throw new UsageError('give the entity to save with --file PATH, --file - (standard input) or --sample');
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text) as ChatSessionEntity;
  } catch {
    throw new UsageError(`${file === '-' ? 'standard input' : file} is not JSON`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || error instanceof ChatSessionUsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`chatsession: ${usage ? 'usage error: ' : error instanceof ChatSessionError ? '' : 'error: '}${message.replace(/\s+/g, ' ')}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
