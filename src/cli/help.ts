// The text of `chatsession --help`.
import { ENV_HELP } from './env.js';

export const HELP = `Usage: chatsession <command> [options]

Commands:
  create      POST /api/v1/ChatSession: create a chat session and print it as JSON
  mock        serve the contract mock (Prism) of the spec
  contract    check a real server against the spec through Prism's validating proxy

chatsession create [--file entity.json | --file - | --sample] [options]
  --file PATH         the ChatSessionEntity to save, as JSON ('-' reads standard input)
  --sample            use the sample request from the vendor's reference page
  --select a,b/c      $select: only these properties are filled in
  --base-url URL      the tenant URL (default: $SO_BASE_URL). Without one, the embedded Prism mock
                      is started on a free loopback port, used, and stopped.
  --accept-language V, --language V, --culture V, --time-zone V
                      Accept-Language, SO-Language, SO-Culture, SO-TimeZone
  --timeout-ms N      time allowed for the call (default 60000)
  --validate          check the response against the spec
  --allow-insecure-http  allow credentials over http:// to a non-loopback host

chatsession mock [--port 4010] [--host 127.0.0.1] [--dynamic]
  Static mode answers with the page's sample response; --dynamic generates data from the schemas.

chatsession contract --upstream URL [--file entity.json]
  Sends the sample request (or --file) through Prism's validating proxy to URL and reports every
  violation of the contract in the request or the response.

${ENV_HELP}

Exit codes: 0 success, 1 API, network or contract error, 2 usage error.`;
