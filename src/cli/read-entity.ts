// The entity a command sends: from a file, standard input, or the page's sample request.
import fs from 'node:fs';
import type { ChatSessionEntity } from '../types.js';
import { UsageError } from './env.js';
import { sampleRequest } from './spec.js';

export function readEntity(file: string | undefined, sample: boolean): ChatSessionEntity {
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
