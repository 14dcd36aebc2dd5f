// `chatsession mock` (npm run mock): prints its URL and an example curl, answers in static mode
// with the page's sample response, and with --dynamic with generated data that still validates;
// listens on IPv4 or IPv6; a busy port or a bad flag is a usage error that says what to pass.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { validatorFor } from '../support/ajv';
import { runCli } from '../support/cli';
import { ROOT } from '../support/reference';
import { sampleRequest, sampleResponse } from '../support/samples';

const withLinks = validatorFor('ChatSessionEntityWithLinks');

async function startMockCommand(args: string[]): Promise<{ child: ChildProcess; url: string; output: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'mock', '--port', '0', ...args]);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d;
      const match = /listening on (http:\/\/(?:127\.0\.0\.1|\[::1\]):\d+)/.exec(output);
      if (match && output.includes('Press Ctrl+C')) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`mock exited with ${code}`)));
  });
  return { child, url, output };
}

const stop = (child: ChildProcess) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGINT'); });
const post = (url: string) => fetch(`${url}/api/v1/ChatSession`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer mock-token' }, body: JSON.stringify(sampleRequest) });

test('static mode: prints the URL and a curl example, answers with the sample response, stops on SIGINT', async () => {
  const { child, url, output } = await startMockCommand([]);
  try {
    expect(output).toContain(`curl -i -X POST '${url}/api/v1/ChatSession?$select=CustomerName'`);
    const response = await post(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(sampleResponse);
  } finally {
    expect(await stop(child)).toBe(0);
  }
}, 30000);

test('--dynamic: generated data that still validates', async () => {
  const { child, url } = await startMockCommand(['--dynamic']);
  try {
    const response = await post(url);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).not.toEqual(sampleResponse);
    expect(withLinks(body) ? 'valid' : withLinks.errors).toBe('valid');
  } finally {
    await stop(child);
  }
}, 30000);

test.each([['::1']])('--host %s: IPv6, with brackets in the printed URL and curl example', async (host) => {
  const { child, url, output } = await startMockCommand(['--host', host]);
  try {
    expect(url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    expect(output).toContain(`curl -i -X POST '${url}/api/v1/ChatSession?$select=CustomerName'`);
    expect((await post(url)).status).toBe(200);
  } finally {
    await stop(child);
  }
}, 30000);

test('usage errors, exit 2: a port in use ("port N is in use; pass --port"), a bad --port, a --host that is not this machine\'s', async () => {
  const busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const { port } = busy.address() as net.AddressInfo;
  try {
    const results = await Promise.all([['--port', String(port)], ['--port', 'abc'], ['--port', '70000'], ['--port', '0', '--host', '192.0.2.1']].map((args) => runCli(['mock', ...args])));
    for (const result of results) expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(results.map((r) => r.stderr)).toEqual([
      `chatsession: usage error: port ${port} is in use; pass --port with another port (0 picks a free one)\n`,
      'chatsession: usage error: --port must be a port number from 0 to 65535 (0 picks a free one), got "abc"\n',
      'chatsession: usage error: --port must be a port number from 0 to 65535 (0 picks a free one), got "70000"\n',
      'chatsession: usage error: cannot listen on 192.0.2.1 port 0: EADDRNOTAVAIL; pass --host with an address of this machine, such as 127.0.0.1 or ::1\n',
    ]);
  } finally {
    busy.close();
  }
}, 30000);
