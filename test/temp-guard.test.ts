import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setup, teardown } from './temp-guard';

describe('the temporary-folder guard of the test run', () => {
  const saved = { tmp: process.env.TMPDIR, exitCode: process.exitCode };
  afterEach(() => {
    if (saved.tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved.tmp;
    process.exitCode = saved.exitCode;
    vi.restoreAllMocks();
  });

  it('gives the run a private temporary folder and fails the run when a proposta-* folder is left in it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setup();
    const run = tmpdir();
    expect(run).not.toBe(saved.tmp);
    mkdirSync(join(run, 'proposta-dimenticata-x'));
    mkdirSync(join(run, 'altro-programma-x'));
    teardown();
    expect(process.exitCode).toBe(1);
    expect(process.env.TMPDIR).toBe(saved.tmp);
  });

  it('lets a clean run pass', () => {
    process.exitCode = undefined;
    setup();
    mkdirSync(join(tmpdir(), 'altro-programma-x'));
    teardown();
    expect(process.exitCode).toBeUndefined();
  });
});
