import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCallProfile } from '../../core';
import { startBridge } from '../../services/http/server';
import { createHandlers, workspaceHost } from '../../services/ipc';
import { ensureRendererBuilt } from '../../services/renderer-build';
import { defaultUserDataDir } from '../../services/user-data';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';

const PORT_ERRORS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'è già usata da un altro programma (forse un altro «proposta serve»): chiudilo o scegli un\'altra porta con --porta, oppure ometti --porta per usarne una libera',
  EACCES: 'richiede permessi che non hai (le porte sotto 1024 sono riservate): scegli una porta più alta con --porta',
};

/**
 * `proposta serve [--cartella DIR] [--porta N]`: the editor in a browser, on 127.0.0.1 only. The
 * proposals of DIR (default: the current folder) can be opened and saved there, and nothing else.
 */
export async function serveCommand(args: Args, io: Io): Promise<number> {
  const dir = resolve(String(args.options.get('cartella') ?? '.'));
  const port = Number(args.options.get('porta') ?? 0);
  if (!existsSync(dir) || !statSync(dir).isDirectory() || !Number.isInteger(port) || port < 0 || port > 65535) {
    io.err('Uso: proposta serve [--cartella CARTELLA] [--porta NUMERO]: la cartella deve esistere.');
    return EXIT.unreadable;
  }
  const staticDir = await ensureRendererBuilt(io.out);
  const host = workspaceHost({ profile: defaultCallProfile(), workspaceDir: dir, userDataDir: String(args.options.get('dati') ?? defaultUserDataDir()) });
  let bridge: Awaited<ReturnType<typeof startBridge>>;
  try {
    bridge = await startBridge({ handlers: createHandlers(host), staticDir, token: randomBytes(24).toString('hex'), port });
  } catch (e) {
    const why = PORT_ERRORS[(e as NodeJS.ErrnoException).code ?? ''];
    if (!why) throw e;
    io.err(`La porta ${port} ${why}. [PORTA_NON_DISPONIBILE]`);
    return EXIT.unreadable;
  }
  io.out(`Proposta è pronta nel browser: ${bridge.url}`);
  io.out(`Cartella di lavoro: ${dir}. Premi Ctrl+C per chiudere.`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await bridge.close();
  return EXIT.ok;
}
