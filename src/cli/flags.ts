// The flags of the commands that are not API calls, with their help lines (parseArgs options; the
// help text is written from them). The API commands' flags are in commands.ts and connection.ts.

export interface Flag {
  readonly type: 'string' | 'boolean';
  /** The help line: for a string flag, the value's name, two spaces, then what it does. */
  readonly help: string;
}

export const LIFECYCLE_FLAGS = {
  file: { type: 'string', help: "PATH  the ChatSessionEntity to create, a JSON object ('-' reads standard input; default: the page's sample request)" },
  keep: { type: 'boolean', help: 'do not delete the chat session at the end' },
} as const satisfies Record<string, Flag>;

export const MOCK_FLAGS = {
  port: { type: 'string', help: 'N  the port to listen on (default 4010; 0 picks a free one); a port in use is a usage error' },
  host: { type: 'string', help: 'H  the address to listen on: IPv4 (127.0.0.1, the default) or IPv6 (::1 or [::1])' },
  dynamic: { type: 'boolean', help: "generate data from the schemas instead of the pages' sample responses" },
} as const satisfies Record<string, Flag>;

export const CONTRACT_FLAGS = {
  upstream: { type: 'string', help: 'URL  the server to check, e.g. https://online.superoffice.com/Cust12345' },
  file: { type: 'string', help: "PATH  the entity to create (default: the page's sample request); '-' reads standard input" },
  keep: { type: 'boolean', help: 'do not delete the chat session the check created (it is reported, with its id)' },
  'timeout-ms': { type: 'string', help: 'N  time allowed for the whole check (default 60000), loading Prism included; the last quarter (at most 10000 ms) is kept for deleting what the check created. The command always ends within it and a few seconds more' },
  'allow-insecure-http': { type: 'boolean', help: 'allow credentials over plain http:// to a host that is not loopback' },
} as const satisfies Record<string, Flag>;
