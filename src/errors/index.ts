export { ChatSessionError, type ChatSessionErrorInit, type RequestSummary } from './chat-session-error.js';
export { ChatSessionApiError } from './api-error.js';
export { ChatSessionNetworkError } from './network-error.js';
export { ChatSessionTimeoutError } from './timeout-error.js';
export { ChatSessionResponseError } from './response-error.js';
export { ChatSessionValidationError, type ValidationIssue } from './validation-error.js';
export { ChatSessionUsageError } from './usage-error.js';
export { ChatSessionCredentialsError } from './credentials-error.js';
export { ChatSessionRedirectError } from './redirect-error.js';
