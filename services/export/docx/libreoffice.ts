import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How long a conversion may take; a large dossier takes LibreOffice tens of seconds. */
export const CONVERT_TIMEOUT_MS = 180_000;

/** How to run LibreOffice for one conversion. */
export interface ConvertOptions {
  /**
   * LibreOffice profile folder. Each conversion gets a new one by default: two soffice processes
   * sharing a profile collide, and the second one silently does nothing.
   */
  readonly profileDir?: string;
  readonly timeoutMs?: number;
  /** The LibreOffice executable; `soffice` on the PATH by default. */
  readonly soffice?: string;
}

/**
 * Converts a document with LibreOffice in headless mode (`soffice --convert-to`), e.g. a DOCX to
 * PDF, into `outDir`. Returns the path of the converted file.
 */
export async function convertWithLibreOffice(input: string, format: string, outDir: string, options: ConvertOptions = {}): Promise<string> {
  const own = options.profileDir === undefined;
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'proposta-lo-')));
  try {
    await run(options.soffice ?? 'soffice', [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, input,
    ], { timeout: options.timeoutMs ?? CONVERT_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 });
  } finally {
    if (own) await rm(profile, { recursive: true, force: true });
  }
  // soffice exits 0 even when it could not convert: only the output file tells.
  const output = join(outDir, `${basename(input, extname(input))}.${format.split(':')[0]}`);
  await access(output).catch(() => {
    throw new Error(`LibreOffice non ha prodotto ${output}`);
  });
  return output;
}
