/** Exit codes shared by every command: 0 valid, 1 invalid but readable, 2 unreadable or misuse. */
export const EXIT = { ok: 0, invalid: 1, unreadable: 2 } as const;

/** Where a command writes; tests pass their own sinks. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
