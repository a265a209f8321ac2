import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCallProfile } from '../../core';
import { startBridge } from '../../services/http/server';
import { createHandlers } from '../../services/ipc';
import { ensureRendererBuilt } from '../../services/renderer-build';
import { defaultUserDataDir } from '../../services/user-data';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';

/**
 * `proposta serve [--cartella DIR] [--porta N]`: the editor in a browser, on 127.0.0.1 only. The
 * proposals of DIR (default: the current folder) can be opened and saved there.
 */
export async function serveCommand(args: Args, io: Io): Promise<number> {
  const dir = resolve(String(args.options.get('cartella') ?? '.'));
  const port = Number(args.options.get('porta') ?? 0);
  if (!existsSync(dir) || !statSync(dir).isDirectory() || !Number.isInteger(port) || port < 0 || port > 65535) {
    io.err('Uso: proposta serve [--cartella CARTELLA] [--porta NUMERO]: la cartella deve esistere.');
    return EXIT.unreadable;
  }
  const staticDir = await ensureRendererBuilt(io.out);
  const handlers = createHandlers({
    mode: 'browser',
    userDataDir: String(args.options.get('dati') ?? defaultUserDataDir()),
    workspaceDir: dir,
    profile: defaultCallProfile(),
    now: () => new Date(),
  });
  const bridge = await startBridge({ handlers, staticDir, token: randomBytes(24).toString('hex'), port });
  io.out(`Proposta è pronta nel browser: ${bridge.url}`);
  io.out(`Cartella di lavoro: ${dir}. Premi Ctrl+C per chiudere.`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await bridge.close();
  return EXIT.ok;
}
