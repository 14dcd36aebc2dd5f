// Compile-time checks of the error classes and the options that bound a call (see assert.ts).
import { ChatSessionApiError, ChatSessionError, ChatSessionRedirectError, type ChatSessionClientOptions, type ChatSessionErrorInit } from '../../src/index';
import { assertType, type Equals } from './assert';

// A redirect is an API error (a status other than 2xx), with where the server pointed.
assertType<ChatSessionRedirectError extends ChatSessionApiError ? true : false>();
assertType<Equals<ChatSessionRedirectError['location'], string | undefined>>();
// method and url are read from the request.
assertType<Equals<ChatSessionApiError['method'], string>>();
assertType<Equals<ChatSessionApiError['url'], string>>();
// One constructor shape: (message, { request, cause, secrets, ...fields }).
assertType<Equals<ConstructorParameters<typeof ChatSessionError>, [message: string, init?: ChatSessionErrorInit]>>();
assertType<Equals<ChatSessionErrorInit['secrets'], readonly string[] | undefined>>();
assertType<Equals<ChatSessionClientOptions['maxResponseBytes'], number | undefined>>();
