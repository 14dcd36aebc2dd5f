// The page's samples (from the copy in openapi/source/), typed as the generated entity types.
import type { ChatSessionEntity, ChatSessionEntityWithLinks } from '../../src/index';
import { readSource, sampleBody } from './reference';

const page = readSource('post-chatsession.md');
export const sampleRequest = sampleBody(page, 'Sample request') as ChatSessionEntity;
export const sampleResponse = sampleBody(page, 'Sample response') as ChatSessionEntityWithLinks;
