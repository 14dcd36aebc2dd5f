// The text of `chatsession --help`.
import { ENV_HELP } from './env.js';

export const HELP = `Usage: chatsession <command> [options]

Commands:
  create      POST /api/v1/ChatSession: create a chat session and print it as JSON
  mock        serve the contract mock (Prism) of the spec
  contract    check a real server against the spec with Prism's validator

chatsession create [--file entity.json | --file - | --sample] [options]
  --file PATH         the ChatSessionEntity to save, as a JSON object ('-' reads standard input)
  --sample            use the sample request from the vendor's reference page
  --select a,b/c      $select: only these properties are filled in
  --base-url URL      the tenant URL (default: $SO_BASE_URL). Without one, the embedded Prism mock
                      is started on a free loopback port, used, and stopped.
  --accept-language V, --language V, --culture V, --time-zone V
                      Accept-Language, SO-Language, SO-Culture, SO-TimeZone
  --timeout-ms N      time allowed for the call (default 60000)
  --validate          check the response against the spec
  --allow-insecure-http  allow credentials over plain http:// to a host that is not loopback
  Prints the saved entity as JSON. An error is one line on standard error; for an error status it
  shows the status and a short excerpt of the server's message.

chatsession mock [--port 4010] [--host 127.0.0.1] [--dynamic]
  --port N            the port to listen on (0 picks a free one); a port in use is a usage error
  --host H            the address to listen on: IPv4 (127.0.0.1) or IPv6 (::1 or [::1])
  --dynamic           generate data from the schemas instead of the page's sample response
  Serves until Ctrl+C (SIGINT) or SIGTERM.

chatsession contract --upstream URL [--file entity.json] [--timeout-ms N] [--allow-insecure-http]
  --upstream URL      the server to check, e.g. https://online.superoffice.com/Cust12345
  --file PATH         the entity to send (default: the page's sample request); '-' reads standard input
  --timeout-ms N      time allowed for the whole check (default 60000); the command always ends
                      within it and a few seconds more
  --allow-insecure-http  allow credentials over plain http:// to a host that is not loopback
  Sends one request with the credentials from the environment (this creates a chat session on
  that server), checks the request and the answer against the spec, and prints every violation.
  No redirect is followed; at most 1 MiB of the answer is read. An unreachable server (refused,
  DNS, TLS) or no answer within the time limit is reported as such.

${ENV_HELP}

Everything printed is redacted: no credential from the environment appears in any form.

Exit codes:
  0  success (create: saved; contract: the server conforms; mock: stopped by a signal)
  1  an API error, network error or timeout; contract: violations, an error status, or no response
  2  usage error (a flag, the input or the environment is wrong; mock: the port is in use); nothing was sent`;
