// Bounded reading: a response body is cut off at maxResponseBytes, counted on the bytes fetch hands
// over, which are already decompressed, so a small gzip bomb stops as soon as its output passes
// the limit (the source stream is cancelled and decompression stops with it).

/** The statuses whose response has no body in the Fetch standard (`new Response(body, { status })` throws). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * `response`, or a copy whose body errors with `tooLarge()` once more than `maxBytes` arrive. A body
 * whose Content-Length is within the limit and that is not compressed is passed on untouched (fetch
 * never delivers more than Content-Length), which keeps the common case free of extra work.
 */
export function limitBody(response: Response, maxBytes: number, tooLarge: () => Error): Response {
  const body = response.body;
  // A null-body status (204, 304, …) carries no body, and Response's constructor refuses one for it:
  // Node's fetch hands over `body: null`, but Chromium an empty stream, which would end in a TypeError.
  if (!body || NULL_BODY_STATUSES.has(response.status)) return response;
  const length = response.headers.get('content-length');
  const encoding = response.headers.get('content-encoding');
  const plain = encoding === null || encoding.trim().toLowerCase() === 'identity';
  if (length !== null && /^\d+$/.test(length.trim())) {
    if (Number(length) > maxBytes && plain) {
      void body.cancel().catch(() => undefined);
      throw tooLarge();
    }
    if (plain) return response;
  }
  let seen = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  // statusText is copied as a property: a server's reason phrase may hold what Response's constructor refuses.
  const limited = new Response(counted, { status: response.status, headers: response.headers });
  Object.defineProperties(limited, { url: { value: response.url }, statusText: { value: response.statusText } });
  return limited;
}
