// Why no response arrived, in words a person acts on: the library's ChatSessionNetworkError keeps
// the transport's error as its cause (fetch's TypeError, whose cause is the socket, DNS or TLS error).

export interface NetworkFailure {
  /** True when no connection was made at all: refused, DNS, TLS, unreachable. */
  readonly unreachable: boolean;
  /** e.g. "connection refused (ECONNREFUSED)". */
  readonly description: string;
}

const KINDS: ReadonlyArray<readonly [RegExp, boolean, string]> = [
  [/^ECONNREFUSED$/, true, 'connection refused'],
  [/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)$/, true, 'host name not found (DNS)'],
  [/^(ERR_TLS|ERR_SSL|ERR_OSSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/, true, 'TLS failed'],
  [/^(EHOSTUNREACH|ENETUNREACH|EHOSTDOWN|ENETDOWN|EADDRNOTAVAIL)$/, true, 'host unreachable'],
  [/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/, false, 'the connection was closed before a complete response'],
  [/^HPE_/, false, 'the answer is not valid HTTP'],
  [/^UND_ERR_HEADERS_OVERFLOW$/, false, 'the response headers are too large'],
];

/** The transport's error code in `error`'s cause chain (AggregateError's errors included), if any. */
function codeIn(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== 'object' || depth > 5) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
  const inner = Array.isArray(errors) ? errors.map((e) => codeIn(e, depth + 1)).find(Boolean) : undefined;
  return inner ?? codeIn(cause, depth + 1);
}

export function describeNetworkFailure(error: unknown): NetworkFailure {
  const code = codeIn(error);
  const kind = code === undefined ? undefined : KINDS.find(([pattern]) => pattern.test(code));
  if (!kind) return { unreachable: false, description: `no complete response${code ? ` (${code})` : ''}` };
  return { unreachable: kind[1], description: `${kind[2]} (${code})` };
}
