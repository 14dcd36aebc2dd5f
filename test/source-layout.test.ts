// The shape of src/ that issue 17 set: one concern per small file (none over 150 lines), and every
// file named in the README's "Layout", so a newcomer finds each one described.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './support/reference';

const MAX_LINES = 150;
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const sources = files(path.join(ROOT, 'src')).map((f) => path.relative(path.join(ROOT, 'src'), f));

test.each(sources)(`src/%s has at most ${MAX_LINES} lines`, (file) => {
  const lines = fs.readFileSync(path.join(ROOT, 'src', file), 'utf8').split('\n').length - 1;
  expect(lines).toBeLessThanOrEqual(MAX_LINES);
});

test('the README\'s Layout names every file of src/', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const layout = readme.slice(readme.indexOf('## Layout'));
  const unnamed = sources.filter((file) => !layout.includes(path.basename(file)));
  expect(unnamed).toEqual([]);
});
