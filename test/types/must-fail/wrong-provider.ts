// A credential provider with the wrong return type does not compile (checked by test/type-assertions.test.ts).
import { createChatSessionClient } from '../../../src/index';

// @expect-error a provider must return string | Promise<string>, not number
createChatSessionClient({ baseUrl: 'https://online.superoffice.com/Cust1', auth: { scheme: 'Bearer', token: () => 42 } });
// @expect-error an async provider must resolve to a string
createChatSessionClient({ baseUrl: 'https://online.superoffice.com/Cust1', auth: { scheme: 'SoTicket', ticket: async () => ({ ticket: 'x' }) } });
