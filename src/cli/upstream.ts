// The contract check's one request to the real server. Hostile by default: no redirect is
// followed (a contract check reports what the server answered, and credentials never go to
// another host), the body is read up to a size limit, and the call's signal (its time limit)
// stops everything, the connection included.

/** What the contract check reads of a response body at most. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Thrown when the response body is larger than MAX_BODY_BYTES. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

export interface UpstreamResponse {
  readonly status: number;
  readonly statusText: string;
  /** Names in lower case, repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

export async function sendUpstream(request: Request, body: string): Promise<UpstreamResponse> {
  // No body is sent as none (fetch refuses even an empty one with GET).
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: body === '' ? null : body, redirect: 'manual', signal: request.signal });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { status: response.status, statusText: response.statusText, headers, text: await readBounded(response) };
}

async function readBounded(response: Response): Promise<string> {
  if (!response.body) return '';
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) {
    await response.body.cancel();
    throw new BodyTooLargeError(`the response body is ${declared} bytes, more than the ${MAX_BODY_BYTES} bytes the check reads`);
  }
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    // Leaving the loop by throwing cancels the stream, and with it the connection.
    if (bytes > MAX_BODY_BYTES) throw new BodyTooLargeError(`the response body is more than the ${MAX_BODY_BYTES} bytes the check reads`);
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}
