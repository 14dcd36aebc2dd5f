// POST /api/v1/ChatSession with the client orval generated (copied to out/orval/call.ts).
import { postChatSessionEntity } from './client/api';
import { basicAuthorization, run, sampleRequest, select, soHeaders } from './sample';

run(async () => {
  // orval generates no security handling: the Authorization header is passed as a request option.
  const response = await postChatSessionEntity(sampleRequest, { $select: select }, soHeaders, { headers: { Authorization: basicAuthorization } });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  return response.data;
});
