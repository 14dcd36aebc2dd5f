// POST /api/v1/ChatSession with the Zodios client openapi-zod-client generated (copied to out/openapi-zod-client/call.ts).
import { createApiClient } from './client/client';
import { baseUrl, basicAuthorization, run, sampleRequest, select, soHeaders } from './sample';

// No security handling is generated: the Authorization header goes with the other headers.
run(() => createApiClient(baseUrl).PostChatSessionEntity(sampleRequest, { queries: { $select: select }, headers: { ...soHeaders, Authorization: basicAuthorization } }));
