// `chatsession contract --upstream URL`: runs the chat session lifecycle (lifecycle-steps.ts) on a
// real server, each call checked against the spec by Prism's validating proxy engine, and reports
// every step and every violation. The session it created is deleted even when a step fails (unless
// --keep). The whole check is bounded by --timeout-ms, part of which is kept for that delete.
import { parseArgs } from 'node:util';
import { createChatSessionClient } from '../client.js';
import type { ChatSessionClientOptions } from '../options/client-options.js';
import { checkBaseUrl } from '../options/base-url.js';
import { checkExchange } from './contract-check.js';
import { LifecycleCheck } from './contract-lifecycle.js';
import { DeadlineError, startDeadline } from './deadline.js';
import { authFromEnv, UsageError } from './env.js';
import { CONTRACT_FLAGS } from './flags.js';
import { help } from './help.js';
import type { Io } from './io.js';
import { loadPrism, type Prism } from './prism.js';
import { readEntity } from './read-entity.js';
import { SPEC_PATH } from './spec.js';
import { checked, timeoutFlag } from './usage.js';

export const CONTRACT_TIMEOUT_MS = 60_000;
/** The most of --timeout-ms kept for deleting what the check created (and at most a quarter of it). */
export const CLEANUP_RESERVE_MS = 10_000;
const FLAGS = { baseUrl: '--upstream' };

/** The command: `chatsession contract --upstream URL [--file entity.json] [--keep] [--timeout-ms N] [--allow-insecure-http]`. */
export async function contract(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { ...CONTRACT_FLAGS, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(help());
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
  const keep = values.keep === true;

  // The steps stop when their part of the time is up; the delete has the rest.
  const whole = startDeadline(timeoutMs);
  const steps = startDeadline(timeoutMs - (keep ? 0 : Math.min(CLEANUP_RESERVE_MS, Math.floor(timeoutMs / 4))));
  try {
    const heading = `Contract check of the chat session lifecycle at ${baseUrl} against the spec`;
    let prism: Prism;
    let operations: Awaited<ReturnType<Prism['http']['getHttpOperationsFromSpec']>>;
    try {
      prism = await steps.within(loadPrism(SPEC_PATH));
      operations = await steps.within(prism.http.getHttpOperationsFromSpec(SPEC_PATH));
    } catch (failure) {
      if (!(failure instanceof DeadlineError)) throw failure;
      io.out([heading, `  ✗ the time limit of ${timeoutMs} ms (--timeout-ms) passed while loading Prism; nothing was sent`, 'Result: not checked (no response from the server)']);
      return 1;
    }
    io.out(heading);
    const lifecycle = new LifecycleCheck(io, timeoutMs, (step, context, deadline) =>
      checkExchange(prism, operations, options, (client) => step.call(client, { ...context, signal: deadline.signal })),
    );
    return (await lifecycle.run(entity, steps, whole, keep)) ? 0 : 1;
  } finally {
    steps.clear();
    whole.clear();
  }
}
