// `chatsession mock` (npm run mock): prints its URL and an example curl, answers in static mode
// with the page's sample response, and with --dynamic with generated data that still validates.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { validatorFor } from '../support/ajv';
import { ROOT } from '../support/reference';
import { sampleRequest, sampleResponse } from '../support/samples';

const withLinks = validatorFor('ChatSessionEntityWithLinks');

async function startMock(args: string[]): Promise<{ child: ChildProcess; url: string; output: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'mock', '--port', '0', ...args]);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match && output.includes('Press Ctrl+C')) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`mock exited with ${code}`)));
  });
  return { child, url, output };
}

const stop = (child: ChildProcess) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGINT'); });
const post = (url: string) => fetch(`${url}/api/v1/ChatSession`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer mock-token' }, body: JSON.stringify(sampleRequest) });

test('static mode: prints the URL and a curl example, answers with the sample response, stops on SIGINT', async () => {
  const { child, url, output } = await startMock([]);
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
  const { child, url } = await startMock(['--dynamic']);
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
