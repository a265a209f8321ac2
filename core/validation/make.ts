import type { Issue } from './issue';

/** Shorthands that keep rule files readable. */
export const errore = (code: string, pointer: string, message: string): Issue => ({ code, severity: 'errore', pointer, message });
export const avviso = (code: string, pointer: string, message: string): Issue => ({ code, severity: 'avviso', pointer, message });
export const nota = (code: string, pointer: string, message: string): Issue => ({ code, severity: 'nota', pointer, message });

/** The notice of a rule whose parameter the call profile leaves empty. */
export const daVerificare = (code: string, pointer: string, what: string): Issue =>
  nota(code, pointer, `${what}: da verificare sull'Avviso. Il profilo dell'Avviso non indica ancora questo parametro, quindi il controllo non viene eseguito.`);

/** True for an empty or blank text. */
export const blank = (s: string): boolean => s.trim() === '';
