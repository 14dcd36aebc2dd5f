// Assertion helpers shared by the tests: what a promise rejects with, and searches for secrets in
// every string form of an error.
import util from 'node:util';

/** What a promise rejects with (fails when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** Every string form a caller may print or log: String(), JSON, util.inspect (hidden fields, any depth), message, stack. */
export function stringForms(error: unknown): string[] {
  const forms = [String(error), JSON.stringify(error), util.inspect(error, { depth: Infinity, showHidden: true })];
  if (error instanceof Error) forms.push(error.message, error.stack ?? '');
  return forms;
}

/** Fails naming the secret and the form it leaked into. */
export function expectNoSecrets(error: unknown, secrets: readonly string[]): void {
  for (const form of stringForms(error)) {
    for (const secret of secrets) {
      if (form.includes(secret)) throw new Error(`secret ${JSON.stringify(secret.slice(0, 3))}… leaked into: ${form.slice(0, 400)}`);
    }
  }
}

/** The shortest run of a secret that must never appear (the client's MIN_SECRET_RUN, restated so a change to it fails here). */
export const MIN_RUN = 6;

/** Every form an echo of `secret` can take: exact, URL-encoded with %20 and with +, base64, JSON-escaped (as is and \u-escaped), a JSON Pointer step (an echoed key in an issue's path). */
export function echoForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [...new Set([
    secret.replaceAll('~', '~0').replaceAll('/', '~1'),
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    new URLSearchParams({ s: secret }).toString().slice(2),
    Buffer.from(secret, 'utf8').toString('base64'),
    json,
    json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  ])];
}

/** The error, then each link of its cause chain. */
export function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let link = error; link !== undefined && link !== null && chain.length < 10; link = (link as { cause?: unknown }).cause) chain.push(link);
  return chain;
}

/**
 * Fails when any string form of the error or of any cause holds any echo form of any secret, or a
 * run of MIN_RUN characters of one, naming the secret, the form and where it leaked.
 */
export function expectNoEchoes(error: unknown, secrets: readonly string[]): void {
  const texts = causeChain(error).flatMap(stringForms);
  for (const secret of secrets) {
    for (const form of echoForms(secret)) {
      const runs = form.length < MIN_RUN ? [form] : Array.from({ length: form.length - MIN_RUN + 1 }, (_, i) => form.slice(i, i + MIN_RUN));
      for (const run of runs) {
        const leak = texts.find((text) => text.includes(run));
        if (leak !== undefined) throw new Error(`a run ${JSON.stringify(run)} of a form of secret ${JSON.stringify(secret.slice(0, 3))}… leaked into: ${leak.slice(0, 300)}`);
      }
    }
  }
}
