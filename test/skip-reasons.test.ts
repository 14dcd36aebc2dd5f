// The jest reporter that says why tests were skipped (test/support/skip-reasons-reporter.cjs):
// one line per skipped describe, with its title (which carries the reason); nothing when none was.
const SkipReasonsReporter = require('./support/skip-reasons-reporter.cjs');

const result = (file: string, tests: { status: string; ancestorTitles: string[]; title: string }[]) => ({ testFilePath: `${process.cwd()}/${file}`, testResults: tests });

function printed(results: unknown[]): string {
  const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    new SkipReasonsReporter().onRunComplete(new Set(), { testResults: results });
    return write.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    write.mockRestore();
  }
}

test('a line per skipped group, with the reason its title gives', () => {
  const skipped = (title: string) => ({ status: 'pending', ancestorTitles: ['copies equal the reference (skipped: no reference beside this clone)'], title });
  expect(printed([result('test/a.test.ts', [skipped('one'), skipped('two'), { status: 'passed', ancestorTitles: [], title: 'runs' }])])).toBe(
    '2 skipped in test/a.test.ts: copies equal the reference (skipped: no reference beside this clone)\n',
  );
});

test('nothing when nothing was skipped', () => {
  expect(printed([result('test/a.test.ts', [{ status: 'passed', ancestorTitles: [], title: 'runs' }])])).toBe('');
});
