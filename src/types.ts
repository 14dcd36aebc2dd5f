// Names for the generated types this library uses. Nothing here restates a property: every
// type is derived from generated/schema.d.ts.
import type { components, operations, paths } from '../generated/schema.js';

export type { components, operations, paths };

/** The request body: a chat session to save (ChatSessionEntity). */
export type ChatSessionEntity = components['schemas']['ChatSessionEntity'];
/** The 200 response body: the saved chat session with rights and links. */
export type ChatSessionEntityWithLinks = components['schemas']['ChatSessionEntityWithLinks'];
