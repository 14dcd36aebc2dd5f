// A CommonJS consumer of the built package (checked by test/dist.test.ts with module node16, and installed from the tarball by scripts/pack-check.mjs).
import { createChatSessionClient, ChatSessionApiError } from 'superoffice-chatsession';
import validation = require('superoffice-chatsession/validation');

const client = createChatSessionClient({ baseUrl: 'https://online.superoffice.com/Cust1', auth: { scheme: 'SoTicket', ticket: () => 't' } });
export const id: Promise<number | undefined> = client.create({ CustomerName: 'Kris' }).then((s) => s.ChatSessionId);
export const isApiError = (e: unknown): boolean => e instanceof ChatSessionApiError;
export const count: number = validation.validateChatSessionResponse({}).length;
