import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * A secret (the .p12 password, the smart card's PIN): from its environment variable
 * (PROPOSTA_P12_PASSWORD, PROPOSTA_PIN), or asked on the terminal without echo. Null when neither is
 * possible (no terminal, e.g. a script without the variable). Never printed or logged.
 */
export async function readPassword(prompt: string, envName = 'PROPOSTA_P12_PASSWORD'): Promise<string | null> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) return null;
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (!muted) process.stderr.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
