// A loopback HTTP server that records every request (method, URL, headers, body) and answers
// `POST /api/v1/ChatSession` with the vendor's sample response, as a SuperOffice server would.
import http from 'node:http';

const MAX_BODY = 1 << 20;

/** Starts the recorder on 127.0.0.1 (a free port); `take()` returns and forgets what it recorded. */
export async function startRecorder({ response }) {
  let requests = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (req.method === 'POST' && url.pathname === '/api/v1/ChatSession') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(response));
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    take() {
      const taken = requests;
      requests = [];
      return taken;
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
