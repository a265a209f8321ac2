/** Runs the external checkers (openssl, pdfsig, qpdf) for tests, never throwing on a non-zero exit. */
import { spawnSync } from 'node:child_process';

/** Exit status and captured output of a tool. */
export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` with `args` (no shell), returning status and output as text. */
export function run(command: string, args: readonly string[], options: { cwd?: string } = {}): ToolRun {
  const result = spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like {@link run} but throws with the tool's stderr when it fails: for setup steps. */
export function mustRun(command: string, args: readonly string[], options: { cwd?: string } = {}): string {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}
