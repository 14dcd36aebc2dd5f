// The JSON a command sends: from a file, standard input, or the page's sample request, checked
// with the library's own check of that body before anything starts.
import fs from 'node:fs';
import { CREATE } from '../operations.js';
import type { ChatSessionEntity } from '../types.js';
import { UsageError } from './env.js';
import { sampleRequest } from './spec.js';

/**
 * The JSON in `file` (`-`: standard input), passed through `check` (the library's check of the
 * body it will be: the problem it finds becomes a usage error naming --file).
 */
export function readJson(file: string, check: (value: unknown) => string | undefined): unknown {
  const source = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`${source} is not JSON`);
  }
  const problem = check(value);
  if (problem !== undefined) throw new UsageError(`--file ${source}: ${problem}`);
  return value;
}

/** The entity to save: --file, or with `sample`, the page's sample request; `check` is the operation's check of its body. */
export function readEntity(file: string | undefined, sample: boolean, check: (body: unknown) => string | undefined = CREATE.checkBody): ChatSessionEntity {
  if (sample && file !== undefined) throw new UsageError('give either --file or --sample, not both');
  if (sample) return sampleRequest() as ChatSessionEntity;
  if (file === undefined) throw new UsageError('give the entity to save with --file PATH, --file - (standard input) or --sample');
  return readJson(file, check) as ChatSessionEntity;
}
