import { defaultCallProfile } from '../core';
import { cliHost, type AppHost } from '../services/ipc';

/** The command line's host: paths as typed, the default call profile, the clock of the command. */
export function commandHost(now: Date = new Date()): AppHost {
  return cliHost({ profile: defaultCallProfile(), now: () => now });
}

/** A failed write or check, as the command line prints it (with the flag that confirms a replacement). */
export function refusal(error: { code: string; message: string }, file: string, canOverwrite = true): string {
  if (error.code === 'FILE_ESISTENTE') {
    return `Il file ${file} esiste già: ${canOverwrite ? 'per sostituirlo aggiungi --sovrascrivi, oppure scegli un altro nome' : 'scegli un altro nome (Proposta non sovrascrive una proposta esistente)'}. [FILE_ESISTENTE]`;
  }
  return `${file}: ${error.message} [${error.code}]`;
}
