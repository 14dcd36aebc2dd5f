// POST /api/v1/ChatSession with the client @hey-api/openapi-ts generated (copied to out/hey-api/call.ts).
import { client } from './client/client.gen';
import { postChatSessionEntity } from './client/sdk.gen';
import { baseUrl, basicCredentials, run, sampleRequest, select, soHeaders } from './sample';

// hey-api offers each security scheme of the operation to the auth callback; answer for Basic only.
client.setConfig({ baseUrl, auth: (auth) => (auth.scheme === 'basic' ? basicCredentials : undefined) });

run(async () => {
  const { data, error, response } = await postChatSessionEntity({ body: sampleRequest, query: { $select: select }, headers: soHeaders });
  if (error !== undefined) throw new Error(`HTTP ${response.status}`);
  return data;
});
