/** Exit codes shared by every command: 0 valid, 1 invalid but readable, 2 unreadable or misuse. */
export const EXIT = { ok: 0, invalid: 1, unreadable: 2 } as const;

/** Where a command writes; tests pass their own sinks. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/**
 * The process's own streams, each with its error handler as soon as the CLI loads: a reader that goes
 * away (`proposta validate … | head -1`, a closed terminal) is EPIPE, and without a handler Node throws
 * it, which would stop a command in the middle of writing a file. The command goes on; what it would
 * print is dropped.
 */
function guarded(stream: NodeJS.WriteStream): (line: string) => void {
  let open = true;
  stream.on('error', () => {
    open = false;
  });
  return (line) => {
    if (open) stream.write(`${line}\n`);
  };
}

export const processIo: Io = { out: guarded(process.stdout), err: guarded(process.stderr) };
