// The compile-time checks can fail: files in test/types/must-fail/ hold wrong expectations, each
// marked `// @expect-error <why>` on the line before it, and each must be a type error.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './support/reference';

const dir = path.join(ROOT, 'test/types/must-fail');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));

function compile(): readonly ts.Diagnostic[] {
  const configPath = path.join(ROOT, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file && files.includes(path.resolve(d.file.fileName)));
}

test('every wrong expectation in test/types/must-fail is a compile error, and nothing else is', () => {
  const diagnostics = compile();
  const errorLines = (file: string) => diagnostics.filter((d) => path.resolve(d.file!.fileName) === file).map((d) => d.file!.getLineAndCharacterOfPosition(d.start!).line + 1);
  for (const file of files) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const expected = lines.flatMap((line, i) => (line.trim().startsWith('// @expect-error') ? [i + 2] : []));
    expect(expected.length).toBeGreaterThan(0);
    expect({ file: path.basename(file), lines: [...new Set(errorLines(file))].sort((a, b) => a - b) }).toEqual({ file: path.basename(file), lines: expected });
  }
}, 60000);
