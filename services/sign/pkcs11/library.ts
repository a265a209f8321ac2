/**
 * Loading a PKCS#11 module through pkcs11js (a native Node-API addon, loaded only when a token is
 * used so that everything else works where it failed to build). A module can be initialised once per
 * process: one handle per path is shared and finalised when its last user closes it.
 */
import type * as Pkcs11js from 'pkcs11js';
import { SignError, type SignErrorCode } from '../codes';

/** The pkcs11js module object (constants and the PKCS11 class). */
export type Pkcs11Api = typeof Pkcs11js;

/** A loaded, initialised module shared by its users. */
export interface LoadedModule {
  api: Pkcs11Api;
  pkcs11: Pkcs11js.PKCS11;
  path: string;
  /** Drops one user; the last one finalises the module. */
  release(): void;
}

/** Open handles by path; the promise is stored at once so that concurrent opens share one initialisation. */
const loaded = new Map<string, { module: Promise<LoadedModule>; users: number }>();

async function api(): Promise<Pkcs11Api> {
  try {
    const imported = (await import('pkcs11js')) as Pkcs11Api & { default?: Pkcs11Api };
    return imported.default ?? imported;
  } catch (error) {
    throw new SignError('PKCS11_NON_DISPONIBILE', { cause: error });
  }
}

/** PKCS#11 return values to our codes; the message never carries the PIN (pkcs11js reports only the CKR name). */
export function pkcs11Code(error: unknown, fallback: SignErrorCode = 'TOKEN_ERRORE'): SignErrorCode {
  const name = error instanceof Error ? error.message : '';
  if (/CKR_PIN_INCORRECT|CKR_PIN_LEN_RANGE|CKR_PIN_INVALID/.test(name)) return 'PIN_ERRATO';
  if (/CKR_PIN_LOCKED/.test(name)) return 'PIN_BLOCCATO';
  if (/CKR_TOKEN_NOT_PRESENT|CKR_DEVICE_REMOVED|CKR_TOKEN_NOT_RECOGNIZED/.test(name)) return 'TOKEN_NON_PRESENTE';
  return fallback;
}

async function initialise(path: string, release: () => void): Promise<LoadedModule> {
  const pkcs11js = await api();
  const pkcs11 = new pkcs11js.PKCS11();
  try {
    pkcs11.load(path);
  } catch (error) {
    throw new SignError('PKCS11_MODULO_NON_CARICABILE', { cause: error });
  }
  try {
    pkcs11.C_Initialize();
  } catch (error) {
    // Another library of this process (not ours) may have initialised it: usable as it is.
    if (!/CKR_CRYPTOKI_ALREADY_INITIALIZED/.test(error instanceof Error ? error.message : '')) {
      pkcs11.close();
      throw new SignError('PKCS11_MODULO_NON_CARICABILE', { cause: error });
    }
  }
  return { api: pkcs11js, pkcs11, path, release };
}

/** Loads and initialises the module at `path`, or shares the handle already open. */
export function loadModule(path: string): Promise<LoadedModule> {
  const existing = loaded.get(path);
  if (existing) {
    existing.users += 1;
    return existing.module;
  }
  const entry = { users: 1, module: Promise.resolve() as unknown as Promise<LoadedModule> };
  const release = (): void => {
    entry.users -= 1;
    if (entry.users > 0 || loaded.get(path) !== entry) return;
    loaded.delete(path);
    void entry.module.then(({ pkcs11 }) => {
      try {
        pkcs11.C_Finalize();
      } finally {
        pkcs11.close();
      }
    }, () => undefined);
  };
  entry.module = initialise(path, release);
  // A failed load is forgotten, so that the next attempt (e.g. after installing the driver) tries again.
  entry.module.catch(() => { if (loaded.get(path) === entry) loaded.delete(path); });
  loaded.set(path, entry);
  return entry.module;
}
