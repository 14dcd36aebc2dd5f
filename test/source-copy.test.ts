// The vendor material in openapi/source/ is a verbatim copy of ../shared/reference/ (when it exists:
// a fresh clone without ../shared still passes, and this test says it was skipped).
import fs from 'node:fs';
import path from 'node:path';
import { SHARED_REFERENCE_DIR, SOURCE_DIR } from './support/reference';

const files = ['post-chatsession.md', ...fs.readdirSync(path.join(SOURCE_DIR, 'carriers')).map((f) => `carriers/${f}`)];
const shared = fs.existsSync(path.join(SHARED_REFERENCE_DIR, 'post-chatsession.md'));

const TITLE = 'openapi/source equals ../shared/reference';
(shared ? describe : describe.skip)(shared ? TITLE : `${TITLE} (skipped: no ../shared/reference beside this clone, as in a fresh clone; the copies are compared when it is there)`, () => {
  test.each(files)('%s', (file) => {
    expect(fs.readFileSync(path.join(SOURCE_DIR, file), 'utf8')).toBe(fs.readFileSync(path.join(SHARED_REFERENCE_DIR, file), 'utf8'));
  });
  test('no file of ../shared/reference is missing from the copy', () => {
    const sharedFiles = ['post-chatsession.md', ...fs.readdirSync(path.join(SHARED_REFERENCE_DIR, 'carriers')).map((f) => `carriers/${f}`)];
    expect(files.sort()).toEqual(sharedFiles.sort());
  });
});

test('the copy of the reference page is present', () => {
  expect(fs.readFileSync(path.join(SOURCE_DIR, 'post-chatsession.md'), 'utf8')).toContain('POST /api/v1/ChatSession');
});
