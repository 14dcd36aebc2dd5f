// Runs the built CLI (dist/cli.js) as a user would, with a clean SO_* environment.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './reference';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** From spawn to exit. */
  ms: number;
  /** True when the run was still going after `killAfterMs` and was killed. */
  killed: boolean;
}

/** The environment without SO_* variables, so a developer's own credentials never leak into a test. */
export const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SO_')));

/** Runs `chatsession ...args`; a run still going after `killAfterMs` is killed (so no test waits forever on it). */
export function runCli(args: string[], env: Record<string, string> = {}, stdin = '', { killAfterMs = 30_000, script = path.join(ROOT, 'dist/cli.js') } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, ...args], { env: { ...CLEAN_ENV, ...env }, cwd: ROOT });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started, killed });
    });
    child.stdin.end(stdin);
  });
}
