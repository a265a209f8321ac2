import { homedir } from 'node:os';
import { join } from 'node:path';

/** The user-data folder outside Electron (where `app.getPath('userData')` is not available). */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PROPOSTA_DATI) return env.PROPOSTA_DATI;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Proposta');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Proposta');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'proposta');
}
