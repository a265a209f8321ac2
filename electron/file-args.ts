/** The proposal file among the arguments the OS passed (file association, "Apri con"), if any. */
export function proposalPathFromArgv(argv: readonly string[]): string | null {
  return argv.slice(1).find((a) => !a.startsWith('-') && /\.proposta(\.json)?$/i.test(a)) ?? null;
}
