// A jest reporter: at the end of the run, one line per group of skipped tests, saying why they were
// skipped. The reason is in the skipped describe's (or test's) title, e.g.
// "… (skipped: no ../shared/reference beside this clone)". Silent when nothing was skipped.
class SkipReasonsReporter {
  onRunComplete(_contexts, results) {
    const groups = new Map();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status !== 'pending' && test.status !== 'skipped' && test.status !== 'todo') continue;
        const title = test.ancestorTitles[0] ?? test.title;
        const key = `${file.testFilePath.replace(`${process.cwd()}/`, '')}: ${title}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
    }
    for (const [where, count] of groups) process.stderr.write(`${count} skipped in ${where}\n`);
  }
}
module.exports = SkipReasonsReporter;
