// Compile-time checks over generated/schema.d.ts for the operations transcribed from the sibling pages:
// parameters, request bodies and 2xx bodies have the types the spec says. `npm run typecheck` fails
// when one does not hold; test/types/must-fail/wrong-operations.ts proves that these can fail.
import type { components, operations, paths } from '../../generated/schema';
import { assertType, type Equals } from './assert';

type Schemas = components['schemas'];
type Json<Op extends keyof operations, S extends keyof operations[Op]['responses']> = operations[Op]['responses'][S] extends { content: { 'application/json': infer B } } ? B : never;
type PathParams<Op extends keyof operations> = operations[Op]['parameters']['path'];
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
type Body<Op extends keyof operations, T extends string = 'application/json'> = operations[Op]['requestBody'] extends { content: infer C } ? (T extends keyof C ? C[T] : never) : never;
type Headers<Op extends keyof operations> = keyof NonNullable<operations[Op]['parameters']['header']>;
type AllHeaders = 'Accept-Language' | 'SO-Language' | 'SO-Culture' | 'SO-TimeZone' | 'SO-AppToken';

// Every path of the resource, with the methods its pages document.
assertType<Equals<keyof paths, '/api/v1/ChatSession' | '/api/v1/ChatSession/default' | '/api/v1/ChatSession/ForCurrentUser' | '/api/v1/ChatSession/Pickup' | '/api/v1/ChatSession/{id}' | '/api/v1/ChatSession/{chatSessionId}/Messages' | '/api/v1/ChatSession/{chatSessionId}/Transcript' | '/api/v1/ChatSession/{chatSessionId}/Pickup' | '/api/v1/ChatSession/{chatSessionId}/Reset' | '/api/v1/ChatSession/{chatSessionId}/TransferTo/{toAssociate}' | '/api/v1/ChatSession/{chatSessionId}/AcceptTransfer' | '/api/v1/ChatSession/{chatSessionId}/RejectTransfer' | '/api/v1/ChatTopic/{chatTopicId}/Sessions'>>();
assertType<Equals<paths['/api/v1/ChatSession/{id}']['get'], operations['GetChatSessionEntity']>>();
assertType<Equals<paths['/api/v1/ChatSession/{id}']['put'], operations['PutChatSessionEntity']>>();
assertType<Equals<paths['/api/v1/ChatSession/{id}']['patch'], operations['PatchChatSessionEntity']>>();
assertType<Equals<paths['/api/v1/ChatSession/{id}']['delete'], operations['DeleteChatSessionEntity']>>();
assertType<Equals<paths['/api/v1/ChatSession/{id}']['post'], undefined>>();
assertType<Equals<paths['/api/v1/ChatTopic/{chatTopicId}/Sessions']['get'], operations['GetChatTopicSessions']>>();
assertType<Equals<paths['/api/v1/ChatTopic/{chatTopicId}/Sessions']['post'], operations['CreateChatSessionForTopic']>>();

// Path parameters: int32 ids are numbers, the transfer target is a user name or id as a string.
assertType<Equals<PathParams<'GetChatSessionEntity'>, { id: number }>>();
assertType<Equals<PathParams<'DeleteChatSessionEntity'>, { id: number }>>();
assertType<Equals<PathParams<'GetChatMessages'>, { chatSessionId: number }>>();
assertType<Equals<PathParams<'TransferChatSession'>, { chatSessionId: number; toAssociate: string }>>();
assertType<Equals<PathParams<'GetChatTopicSessions'>, { chatTopicId: number }>>();
assertType<Equals<PathParams<'CreateChatSessionForTopic'>, { chatTopicId: number }>>();
assertType<Equals<PathParams<'PickUpFirstChatSession'>, undefined>>();

// Query parameters.
assertType<Equals<Query<'GetChatSessionEntity'>, { $select?: string }>>();
assertType<Equals<Query<'GetChatMessages'>, { after?: number }>>();
assertType<Equals<Query<'GetChatTranscript'>, { html?: boolean }>>();
type Archive = Query<'GetAllChatSessions'>;
assertType<Equals<keyof Archive, '$select' | '$filter' | '$orderBy' | '$entities' | '$top' | '$skip' | '$mode' | '$options' | '$context' | '$format' | '$jsonSafe' | '$output'>>();
assertType<Equals<Archive['$top'], number | undefined>>();
assertType<Equals<Archive['$jsonSafe'], boolean | undefined>>();
assertType<Equals<Archive['$mode'], 'Slim' | 'Wide' | 'Full' | undefined>>();
assertType<Equals<Archive['$output'], 'Logical' | 'Display' | undefined>>();
assertType<Equals<keyof Query<'GetChatTopicSessions'>, keyof Archive>>();

// Headers: every page lists the SO-* headers and Accept-Language, except DELETE (SO-AppToken only).
assertType<Equals<Headers<'GetChatSessionEntity'>, AllHeaders>>();
assertType<Equals<Headers<'ResetChatSession'>, AllHeaders>>();
assertType<Equals<Headers<'DeleteChatSessionEntity'>, 'SO-AppToken'>>();

// Request bodies: required, with the entity, the message, or PATCH's three different schemas.
assertType<Equals<undefined extends operations['PutChatSessionEntity']['requestBody'] ? true : false, false>>();
assertType<Equals<undefined extends operations['AddChatMessage']['requestBody'] ? true : false, false>>();
assertType<Equals<undefined extends operations['PatchChatSessionEntity']['requestBody'] ? true : false, false>>();
assertType<Equals<Body<'PutChatSessionEntity'>, Schemas['ChatSessionEntity']>>();
assertType<Equals<Body<'AddChatMessage'>, Schemas['ChatMessage']>>();
assertType<Equals<Body<'PatchChatSessionEntity'>, Schemas['ChatSessionPatch']>>();
assertType<Equals<Body<'PatchChatSessionEntity', 'application/json-patch+json'>, Schemas['ChatSessionPatchDocument']>>();
assertType<Equals<Body<'PatchChatSessionEntity', 'application/merge-patch+json'>, Schemas['ChatSessionEntity']>>();
assertType<Equals<keyof NonNullable<operations['PatchChatSessionEntity']['requestBody']>['content'], 'application/json' | 'application/json-patch+json' | 'application/merge-patch+json'>>();
assertType<Equals<operations['GetChatTranscript']['requestBody'], undefined>>();
// JSON Patch for PATCH: only add, replace, remove and test; remove has no value.
type PatchOp = Schemas['ChatSessionPatchOperation'];
assertType<Equals<PatchOp['op'], 'add' | 'replace' | 'test' | 'remove'>>();
assertType<Equals<Extract<PatchOp, { op: 'remove' }> extends { value: unknown } ? true : false, false>>();
assertType<Equals<Schemas['ChatSessionPatch'], Schemas['ChatSessionPatchDocument'] | Schemas['ChatSessionEntity']>>();

// 2xx bodies.
assertType<Equals<Json<'GetChatSessionEntity', 200>, Schemas['ChatSessionEntityWithLinks']>>();
assertType<Equals<Json<'PutChatSessionEntity', 200>, Schemas['ChatSessionEntityWithLinks']>>();
assertType<Equals<Json<'PatchChatSessionEntity', 200>, Schemas['ChatSessionEntityWithLinks']>>();
assertType<Equals<operations['DeleteChatSessionEntity']['responses'][204]['content'], undefined>>();
assertType<Equals<Json<'DefaultChatSessionEntity', 200>, Schemas['ChatSessionEntityWithRights']>>();
assertType<Equals<Json<'ChatSessionsForUser', 200>, Schemas['ChatSessionEntityWithRights'][]>>();
assertType<Equals<Json<'GetChatMessages', 200>, Schemas['ChatMessage'][]>>();
assertType<Equals<Json<'AddChatMessage', 200>, Schemas['ChatMessage']>>();
assertType<Equals<Json<'GetChatTranscript', 200>, string>>();
assertType<Equals<Json<'PickUpChatSession', 200>, Schemas['ChatSessionEntityWithRights'] | null>>();
assertType<Equals<Json<'PickUpFirstChatSession', 200>, Schemas['ChatSessionEntityWithRights']>>();
assertType<Equals<Json<'ResetChatSession', 200>, Schemas['ChatSessionEntityWithRights']>>();
assertType<Equals<Json<'TransferChatSession', 200>, Schemas['ChatSessionEntityWithRights']>>();
assertType<Equals<Json<'AcceptChatSessionTransfer', 200>, Schemas['ChatSessionEntityWithRights']>>();
assertType<Equals<Json<'RejectChatSessionTransfer', 200>, Schemas['ChatSessionEntityWithRights']>>();
assertType<Equals<Json<'CreateChatSessionForTopic', 200>, Schemas['ChatSessionEntityWithRights']>>();
assertType<Equals<Json<'GetAllChatSessions', 200>, Schemas['ODataSlimResponse']>>();
assertType<Equals<Json<'GetChatTopicSessions', 200>, Schemas['ODataSlimResponse']>>();

// The carriers: ChatMessage's enums are unions of names; the entity with rights has no _Links.
type Message = Required<Schemas['ChatMessage']>;
assertType<Equals<Message['Type'], 'Invalid' | 'ToCustomer' | 'ToUser' | 'Special'>>();
assertType<Equals<Message['SpecialType'], Schemas['ChatMessageSpecialType']>>();
assertType<Equals<'Options' extends Schemas['ChatMessageSpecialType'] ? true : false, true>>();
assertType<Equals<Message['ChatMessageId'] | Message['ReadByCustomer'], number>>();
assertType<Equals<Message['WhenPosted'], string>>();
type WithRights = Required<Schemas['ChatSessionEntityWithRights']>;
assertType<Equals<WithRights['TableRight'], Schemas['TableRight'] | null>>();
assertType<Equals<'_Links' extends keyof WithRights ? true : false, false>>();
assertType<Equals<{} extends Schemas['ChatMessage'] ? true : false, true>>();
assertType<Equals<NonNullable<Schemas['ODataSlimResponse']['value']>[number], { [key: string]: unknown }>>();
