// The entity a command sends: from a file, standard input, or the page's sample request, checked
// with the library's own check before anything starts.
import fs from 'node:fs';
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { CREATE } from '../operations.js';
import type { ChatSessionEntity } from '../types.js';
import { UsageError } from './env.js';
import { sampleRequest } from './spec.js';

export function readEntity(file: string | undefined, sample: boolean): ChatSessionEntity {
  if (sample && file !== undefined) throw new UsageError('give either --file or --sample, not both');
  if (sample) return sampleRequest() as ChatSessionEntity;
  if (file === undefined) throw new UsageError('give the entity to save with --file PATH, --file - (standard input) or --sample');
  const source = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let entity: unknown;
  try {
    entity = JSON.parse(text);
  } catch {
    throw new UsageError(`${source} is not JSON`);
  }
  try {
    CREATE.checkBody(entity);
  } catch (error) {
    if (error instanceof ChatSessionUsageError) throw new UsageError(`--file ${source}: ${error.message}`);
    throw error;
  }
  return entity as ChatSessionEntity;
}
