// `chatsession contract --upstream URL`: sends one request to a real server, checks it and the
// answer against the spec with Prism's validating proxy engine, and reports every violation.
// The whole check is bounded by --timeout-ms.
import { parseArgs } from 'node:util';
import { createChatSessionClient } from '../client.js';
import type { ChatSessionClientOptions } from '../options/client-options.js';
import { checkBaseUrl } from '../options/base-url.js';
import { checkExchange, type Exchange } from './contract-check.js';
import { contractReport } from './contract-report.js';
import { DeadlineError, startDeadline } from './deadline.js';
import { authFromEnv, UsageError } from './env.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { loadPrism } from './prism.js';
import { readEntity } from './read-entity.js';
import { SPEC_PATH } from './spec.js';
import { checked, timeoutFlag } from './usage.js';

export const CONTRACT_TIMEOUT_MS = 60_000;
const FLAGS = { baseUrl: '--upstream' };

/** The command: `chatsession contract --upstream URL [--file entity.json] [--timeout-ms N] [--allow-insecure-http]`. */
export async function contract(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { upstream: { type: 'string' }, file: { type: 'string' }, 'timeout-ms': { type: 'string' }, 'allow-insecure-http': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  // Everything is checked before Prism loads or anything is sent.
  if (!values.upstream) throw new UsageError('contract needs --upstream URL (the server to check)');
  const timeoutMs = timeoutFlag(values['timeout-ms'], CONTRACT_TIMEOUT_MS);
  const entity = readEntity(values.file, values.file === undefined);
  const auth = authFromEnv(process.env);
  if (!auth) throw new UsageError('no credentials: set one kind of credentials in the environment (see --help)');
  const options: ChatSessionClientOptions = {
    baseUrl: values.upstream,
    auth,
    ...(process.env.SO_APP_TOKEN !== undefined ? { appToken: process.env.SO_APP_TOKEN } : {}),
    timeoutMs,
    allowInsecureHttp: values['allow-insecure-http'] === true,
  };
  checked(() => createChatSessionClient(options), FLAGS);
  const baseUrl = checkBaseUrl(options.baseUrl, options.allowInsecureHttp === true);

  const deadline = startDeadline(timeoutMs);
  try {
    let exchange: Exchange;
    try {
      const prism = await deadline.within(loadPrism(SPEC_PATH));
      const operations = await deadline.within(prism.http.getHttpOperationsFromSpec(SPEC_PATH));
      exchange = await checkExchange(prism, operations, options, entity, deadline.signal);
    } catch (failure) {
      if (!(failure instanceof DeadlineError)) throw failure;
      // Before the request: nothing was sent.
      exchange = { response: undefined, json: undefined, violations: [], failure: new DeadlineError(timeoutMs, 'loading Prism') };
    }
    const report = contractReport(baseUrl, exchange, io.redact, timeoutMs);
    io.out(report.lines);
    return report.conforms ? 0 : 1;
  } finally {
    deadline.clear();
  }
}
