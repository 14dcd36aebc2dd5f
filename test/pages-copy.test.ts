// The page copies in openapi/source/pages/ are verbatim copies of ../shared/reference/pages/ (when it
// exists: a fresh clone without ../shared still passes, and the skipped test says why).
import fs from 'node:fs';
import path from 'node:path';
import { PAGES_DIR, pageFiles } from './support/pages';
import { SHARED_REFERENCE_DIR } from './support/reference';

const SHARED_PAGES = path.join(SHARED_REFERENCE_DIR, 'pages');
const shared = fs.existsSync(SHARED_PAGES);
const copies = fs.readdirSync(PAGES_DIR).sort();

const TITLE = 'openapi/source/pages equals ../shared/reference/pages';
(shared ? describe : describe.skip)(shared ? TITLE : `${TITLE} (skipped: no ../shared/reference/pages beside this clone, as in a fresh clone; the copies are compared when it is there)`, () => {
  test.each(copies)('%s', (file) => {
    expect(fs.readFileSync(path.join(PAGES_DIR, file), 'utf8')).toBe(fs.readFileSync(path.join(SHARED_PAGES, file), 'utf8'));
  });
  test('no page of ../shared/reference/pages is missing from the copy, and the copy has no other file', () => {
    expect(copies).toEqual(fs.readdirSync(SHARED_PAGES).sort());
  });
});

test('the 18 page copies and their README are present', () => {
  expect(pageFiles()).toHaveLength(18);
  expect(copies).toContain('README.md');
});
