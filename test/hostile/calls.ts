// The calls the hostile-server suite attacks: one operation per method kind that carries
// credentials and reads a body: POST (create), GET (get) and PATCH (patch, a JSON Patch document).
// Each answers a ChatSessionEntityWithLinks, so the same hostile answers apply to all three.
import type { ChatSessionClient } from '../../src/index';
import { sampleRequest } from '../support/samples';

export type HostileCall = (client: ChatSessionClient) => Promise<unknown>;

export const HOSTILE_CALLS: readonly (readonly [string, HostileCall])[] = [
  ['create (POST)', (client) => client.create(sampleRequest)],
  ['get (GET)', (client) => client.get(196)],
  ['patch (PATCH)', (client) => client.patch(196, [{ op: 'replace', path: 'CustomerName', value: 'Kris' }])],
];
