// Runs the built CLI (dist/cli.js) as a user would, with a clean SO_* environment.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './reference';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without SO_* variables, so a developer's own credentials never leak into a test. */
export const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SO_')));

export function runCli(args: string[], env: Record<string, string> = {}, stdin = ''): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { env: { ...CLEAN_ENV, ...env }, cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
