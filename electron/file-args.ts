import { resolve } from 'node:path';

/**
 * The proposal file (or a Comune's module, `.proposta-partner`, which opens in partner mode) among
 * the arguments the OS passed (file association, "Apri con"), if any, as an
 * absolute path: a relative one is resolved against `cwd`, the folder of the process that got it
 * (for a second instance, its working directory, not the first instance's).
 */
export function proposalPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const arg = argv.slice(1).find((a) => !a.startsWith('-') && /\.proposta(\.json|-partner)?$/i.test(a));
  return arg === undefined ? null : resolve(cwd, arg);
}
