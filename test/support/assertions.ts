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
