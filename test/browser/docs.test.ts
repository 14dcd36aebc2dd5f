// The published docs (docs/index.html, built by `npm run docs`) in headless Debian Chromium, offline:
// every request that is not file: is blocked and recorded, and the page must work without them.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { operationOf } from '../support/operations';
import { pages } from '../support/pages';
import { ROOT } from '../support/reference';

const DOCS = path.join(ROOT, 'docs/index.html');
const SCREENSHOT = path.join(ROOT, 'test-results/docs.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Resource types a page needs to render and work; a blocked request of one of these fails the test. */
const NEEDED = new Set(['document', 'script', 'stylesheet', 'font', 'fetch', 'xhr', 'eventsource', 'websocket', 'manifest']);

interface Blocked {
  host: string;
  type: string;
  url: string;
}

let browser: Browser;
let page: Page;
const blocked: Blocked[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(DOCS)) throw new Error('docs/index.html is missing: run `npm run docs` first (npm run test:browser does).');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push({ host: new URL(url).host, type: route.request().resourceType(), url });
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`file://${DOCS}`);
  await page.getByText('ChatSession', { exact: true }).first().click(); // the tag in the sidebar
  await page.getByText('Creates a new ChatSessionEntity').first().click();
  await page.getByRole('heading', { name: 'Creates a new ChatSessionEntity' }).waitFor();
});

afterAll(async () => {
  // Every request the page attempted, by host, for the record (also when a test failed).
  const byHost = new Map<string, string[]>();
  for (const b of blocked) byHost.set(b.host, [...(byHost.get(b.host) ?? []), `${b.type} ${b.url}`]);
  process.stdout.write(`Requests the docs page attempted besides file: (blocked): ${byHost.size === 0 ? 'none' : ''}\n`);
  for (const [host, requests] of byHost) process.stdout.write(`  ${host}\n${requests.map((r) => `    ${r}`).join('\n')}\n`);
  await browser?.close();
});

test('the operation POST /api/v1/ChatSession is visible', async () => {
  await expect(page.getByRole('heading', { name: 'Creates a new ChatSessionEntity' }).isVisible()).resolves.toBe(true);
  await expect(page.getByText('/api/v1/ChatSession').first().isVisible()).resolves.toBe(true);
  await expect(page.getByText('POST', { exact: true }).first().isVisible()).resolves.toBe(true);
});

test('the $select parameter with its example, every header and every content type', async () => {
  const text = await page.locator('body').innerText();
  for (const type of ['application/json', 'text/json', 'application/xml', 'text/xml', 'application/x-www-form-urlencoded', 'application/json-patch+json', 'application/merge-patch+json']) expect(text).toContain(type);
  expect(text).toContain('$select');
  expect(text).toContain('name,department,category/id');
  for (const header of ['Accept-Language', 'SO-Language', 'SO-Culture', 'SO-TimeZone', 'SO-AppToken']) expect(text).toContain(header);
  expect(text).toMatch(/Basic\s+or\s+SoTicket\s+or\s+Bearer\s+or\s+XsrfToken/);
});

test('the request body shows ChatSessionId and User, and inside User an Associate property', async () => {
  await expect(page.getByText('ChatSessionId', { exact: true }).first().isVisible()).resolves.toBe(true);
  // The request body's User property: "Associate (object) or null", its 16 properties folded.
  const user = page.locator('[id*="t=request"][id$="path=user"]');
  await user.scrollIntoViewIfNeeded();
  await expect(user.getByText('Associate (object) or null').isVisible()).resolves.toBe(true);
  await expect(user.getByText('User agent handling this session').isVisible()).resolves.toBe(true); // the vendor's description
  await expect(user.getByText('AssociateId', { exact: true }).count()).resolves.toBe(0);
  await user.getByRole('button', { name: /Show \d+ properties/ }).click();
  await user.getByText('AssociateId', { exact: true }).waitFor({ state: 'visible' });
  await expect(user.getByText('EjUserId', { exact: true }).isVisible()).resolves.toBe(true);
});

test('the response sample contains _Links, and the error responses are listed', async () => {
  const text = await page.locator('body').innerText();
  expect(text).toContain('"_Links"');
  for (const status of ['200', '400', '401', '403', '500']) expect(text).toContain(status);
});

describe('every operation of the resource renders under its tag, with its request and a response sample', () => {
  /** The first `"name": value` pair of a sample body, as the renderer prints it (a string body is printed as a JSON string). */
  const firstPair = (body: unknown): string => {
    const value = Array.isArray(body) ? body[0] : body;
    if (typeof value !== 'object' || value === null) return JSON.stringify(value);
    const [name, first] = Object.entries(value)[0]!;
    return `"${name}": ${JSON.stringify(first)}`;
  };
  const cases = pages().map((p) => [operationOf(p).operationId, p, operationOf(p)] as const);

  test('the sidebar lists both tags', async () => {
    const text = await page.locator('body').innerText();
    for (const tag of ['ChatSession', 'ChatTopic']) expect(text).toContain(tag);
  });

  test.each(cases)('%s', async (operationId, p, operation) => {
    // Redocly renders one operation at a time, addressed as #/<tag>/<operationId> in lower case.
    const id = `${operation.tags[0].toLowerCase()}/${operationId.toLowerCase()}`;
    await page.evaluate((hash) => { window.location.hash = `#/${hash}`; }, id);
    const section = page.locator(`[id="${id}"]`);
    await section.waitFor();
    await expect(section.getByRole('heading', { name: p.summary }).first().isVisible()).resolves.toBe(true);
    const main = page.locator('main').first(); // the content pane (the description's Markdown is a nested <main>)
    await expect(main.getByText(p.path.replace('/ChatTopic/{id}/', '/ChatTopic/{chatTopicId}/'), { exact: true }).first().isVisible()).resolves.toBe(true);
    if (p.sampleRequest.body !== undefined) {
      await main.getByText(`The sample request body from the vendor reference page ${p.uid}, verbatim.`).first().waitFor();
    }
    if (p.sampleResponse.body === null) {
      // DELETE: 204 with no content.
      await expect(main.getByText('ChatSessionEntity deleted.').first().isVisible()).resolves.toBe(true);
      return;
    }
    await main.getByText(`The sample response body from the vendor reference page ${p.uid}, verbatim.`).first().waitFor();
    // The sample's JSON is rendered after its description; wait for it (fails after the test timeout).
    await page.waitForFunction((pair) => document.querySelector('main')!.innerText.includes(pair), firstPair(p.sampleResponse.body), { timeout: 15_000 });
  });
});

test('no request the page needs was blocked, and there were no console errors', async () => {
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  expect(blocked.filter((b) => NEEDED.has(b.type))).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
});
