// Wrong expectations about the transcribed operations, each a compile error (checked by test/type-assertions.test.ts).
import type { components, operations } from '../../../generated/schema';
import { assertType, type Equals } from '../assert';

type Schemas = components['schemas'];
// @expect-error the id of GET /api/v1/ChatSession/{id} is a number, not a string
assertType<Equals<operations['GetChatSessionEntity']['parameters']['path'], { id: string }>>();
// @expect-error GetChatMessages returns an array of ChatMessage, not one
assertType<Equals<operations['GetChatMessages']['responses'][200]['content']['application/json'], Schemas['ChatMessage']>>();
// @expect-error PATCH's JSON Patch does not support move
assertType<Equals<Extract<Schemas['ChatSessionPatchOperation'], { op: 'move' }> extends never ? false : true, true>>();
// @expect-error PickUpChatSession may return null
assertType<Equals<operations['PickUpChatSession']['responses'][200]['content']['application/json'], Schemas['ChatSessionEntityWithRights']>>();
// @expect-error DELETE lists only SO-AppToken
assertType<Equals<keyof NonNullable<operations['DeleteChatSessionEntity']['parameters']['header']>, 'SO-AppToken' | 'SO-Language'>>();
