// Adds the credentials (Authorization or X-XSRF-TOKEN, and SO-AppToken) to every request.
import type { Middleware } from 'openapi-fetch';
import { contextOf } from '../call-context.js';
import type { Credentials, ResolvedCredentials } from '../auth.js';
import type { Refresher } from '../refresh.js';

export function authMiddleware(credentials: Credentials, refresher: Refresher): Middleware {
  return {
    onRequest({ request }) {
      const context = contextOf(request)!; // set by timeoutMiddleware or create()
      context.request = request;
      context.generation = refresher.generation;
      const apply = (resolved: ResolvedCredentials) => {
        context.secrets = [...context.secrets, ...resolved.secrets];
        for (const [name, value] of resolved.headers) request.headers.set(name, value);
        return undefined;
      };
      // Static credentials are applied synchronously; providers are awaited.
      const resolved = credentials.resolve(context);
      return resolved instanceof Promise ? resolved.then(apply) : apply(resolved);
    },
  };
}
