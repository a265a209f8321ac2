import type { CodeOf } from './codes';
import type { Issue } from './issue';

/** Shorthands that keep rule files readable; each takes only codes of its own severity. */
export const errore = (code: CodeOf<'errore'>, pointer: string, message: string): Issue => ({ code, severity: 'errore', pointer, message });
export const avviso = (code: CodeOf<'avviso'>, pointer: string, message: string): Issue => ({ code, severity: 'avviso', pointer, message });
export const nota = (code: CodeOf<'nota'>, pointer: string, message: string): Issue => ({ code, severity: 'nota', pointer, message });

/** The notice of a rule whose parameter the call profile leaves empty. */
export const daVerificare = (code: CodeOf<'nota'>, pointer: string, what: string): Issue =>
  nota(code, pointer, `${what}: da verificare sull'Avviso. Il profilo dell'Avviso non indica ancora questo parametro, quindi il controllo non viene eseguito.`);

/** True for an empty or blank text. */
export const blank = (s: string): boolean => s.trim() === '';
