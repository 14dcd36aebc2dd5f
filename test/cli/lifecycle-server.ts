// For the CLI tests: a loopback upstream that answers each operation the commands and the
// lifecycle use with the spec's sample response of that operation (a tenant that behaves), and
// can fail one of them (a tenant that breaks midway).
import type { Handler } from '../support/loopback-server';
import { bundled } from '../support/spec';

const example = (name: string): unknown => bundled.components.examples[name].value;

/** The requests, by the lifecycle step (client method) that sends them, with the sample each answers. */
export const ROUTES = [
  { name: 'create', method: 'POST', path: /^\/api\/v1\/ChatSession$/, body: example('SampleResponse') },
  { name: 'list', method: 'GET', path: /^\/api\/v1\/ChatSession$/, body: example('GetAllChatSessionsResponse') },
  { name: 'get', method: 'GET', path: /^\/api\/v1\/ChatSession\/\d+$/, body: example('GetChatSessionEntityResponse') },
  { name: 'update', method: 'PUT', path: /^\/api\/v1\/ChatSession\/\d+$/, body: example('PutChatSessionEntityResponse') },
  { name: 'patch', method: 'PATCH', path: /^\/api\/v1\/ChatSession\/\d+$/, body: example('PatchChatSessionEntityResponse') },
  { name: 'delete', method: 'DELETE', path: /^\/api\/v1\/ChatSession\/\d+$/, body: undefined },
  { name: 'addMessage', method: 'POST', path: /^\/api\/v1\/ChatSession\/\d+\/Messages$/, body: example('AddChatMessageResponse') },
  { name: 'messages', method: 'GET', path: /^\/api\/v1\/ChatSession\/\d+\/Messages$/, body: example('GetChatMessagesResponse') },
  { name: 'transcript', method: 'POST', path: /^\/api\/v1\/ChatSession\/\d+\/Transcript$/, body: example('GetChatTranscriptResponse') },
  { name: 'getDefault', method: 'GET', path: /^\/api\/v1\/ChatSession\/default$/, body: example('DefaultChatSessionEntityResponse') },
  { name: 'forCurrentUser', method: 'GET', path: /^\/api\/v1\/ChatSession\/ForCurrentUser$/, body: example('ChatSessionsForUserResponse') },
  { name: 'pickUpFirst', method: 'POST', path: /^\/api\/v1\/ChatSession\/Pickup$/, body: example('PickUpFirstChatSessionResponse') },
  { name: 'pickUp', method: 'POST', path: /^\/api\/v1\/ChatSession\/\d+\/Pickup$/, body: example('PickUpChatSessionResponse') },
  { name: 'reset', method: 'POST', path: /^\/api\/v1\/ChatSession\/\d+\/Reset$/, body: example('ResetChatSessionResponse') },
  { name: 'transfer', method: 'POST', path: /^\/api\/v1\/ChatSession\/\d+\/TransferTo\/[^/]+$/, body: example('TransferChatSessionResponse') },
  { name: 'acceptTransfer', method: 'POST', path: /^\/api\/v1\/ChatSession\/\d+\/AcceptTransfer$/, body: example('AcceptChatSessionTransferResponse') },
  { name: 'rejectTransfer', method: 'POST', path: /^\/api\/v1\/ChatSession\/\d+\/RejectTransfer$/, body: example('RejectChatSessionTransferResponse') },
  { name: 'createForTopic', method: 'POST', path: /^\/api\/v1\/ChatTopic\/\d+\/Sessions$/, body: example('CreateChatSessionForTopicResponse') },
  { name: 'topicSessions', method: 'GET', path: /^\/api\/v1\/ChatTopic\/\d+\/Sessions$/, body: example('GetChatTopicSessionsResponse') },
] as const;

export type RouteName = (typeof ROUTES)[number]['name'];

/** The id in the sample response of create: the id the lifecycle goes on with. */
export const CREATED_ID = (example('SampleResponse') as { ChatSessionId: number }).ChatSessionId;

/** The requests of the lifecycle (create, get, patch, add a message, read the messages, delete), as routesOf lists them. */
export const LIFECYCLE_ROUTES = [
  'POST /api/v1/ChatSession',
  `GET /api/v1/ChatSession/${CREATED_ID}`,
  `PATCH /api/v1/ChatSession/${CREATED_ID}`,
  `POST /api/v1/ChatSession/${CREATED_ID}/Messages`,
  `GET /api/v1/ChatSession/${CREATED_ID}/Messages`,
  `DELETE /api/v1/ChatSession/${CREATED_ID}`,
];

/**
 * Answers like a tenant that behaves (under any base path: `/Cust1/api/v1/...`); the operation
 * named in `fail` answer 500 with a JSON error instead, and the one named `stall` never answers.
 */
export function tenant({ fail = [], stall }: { fail?: readonly RouteName[]; stall?: RouteName } = {}): Handler {
  return (req, res) => {
    const path = req.url.split('?')[0]!.replace(/^\/[^/]+(?=\/api\/)/, '');
    const route = ROUTES.find((r) => r.method === req.method && r.path.test(path));
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ Error: `no route for ${req.method} ${path}` }));
    } else if (route.name === stall) {
      // accepts the request and never answers
    } else if (fail.includes(route.name)) {
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ Error: 'Object reference not set', ErrorType: 'NullReferenceException' }));
    } else if (route.body === undefined) {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(route.body));
    }
  };
}

/** The method and path (base path and query removed) of each request a server received. */
export const routesOf = (requests: readonly { method: string; url: string }[], base: string): string[] =>
  requests.filter((r) => r.url.startsWith(`${base}/`)).map((r) => `${r.method} ${r.url.slice(base.length)}`);
