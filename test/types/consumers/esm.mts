// An ES module consumer of the built package (checked by test/dist.test.ts with module node16, and by scripts/pack-check.mjs under node16, bundler and node10).
import { createChatSessionClient, type ChatSessionEntityWithLinks } from 'superoffice-chatsession';
import { validateChatSessionResponse } from 'superoffice-chatsession/validation';

const client = createChatSessionClient({ baseUrl: 'https://online.superoffice.com/Cust1', auth: { scheme: 'Bearer', token: 't' } });
export const created: Promise<ChatSessionEntityWithLinks> = client.create({ CustomerName: 'Kris' });
export const selected: Promise<null> = client.create({}, { select: ['CustomerName'] }).then((s) => s.CustomerEmail);
export const issues: { path: string }[] = validateChatSessionResponse({});
