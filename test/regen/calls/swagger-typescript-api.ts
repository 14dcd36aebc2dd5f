// POST /api/v1/ChatSession with the client swagger-typescript-api generated (copied to out/swagger-typescript-api/call.ts).
import { Api } from './client/Api';
import { baseUrl, basicCredentials, run, sampleRequest, select, soHeaders } from './sample';

// Secured operations call the securityWorker, which turns the security data into headers.
const api = new Api<string>({ baseUrl, securityWorker: (credentials) => (credentials ? { headers: { Authorization: `Basic ${btoa(credentials)}` } } : {}) });
api.setSecurityData(basicCredentials);

// The header parameters are not in the generated signature: they go in the request params.
run(async () => (await api.api.postChatSessionEntity(sampleRequest, { $select: select }, { headers: soHeaders })).data);
