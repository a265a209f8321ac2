import { checkRequest, type Handlers, type Reply } from '../../core';
import { fail } from '../app/reply';

type AnyHandler = (req: unknown) => Promise<Reply<unknown>>;

/**
 * The single entry of every request, from Electron's ipcMain or from HTTP: check the channel and the
 * request's shape, then call the handler. An unexpected exception becomes a coded reply, never a
 * crash of the host nor a stack trace in the window.
 */
export async function dispatch(handlers: Handlers, channel: unknown, req: unknown): Promise<Reply<unknown>> {
  const checked = checkRequest(channel, req);
  if (!checked.ok) return checked;
  try {
    return await (handlers[checked.channel] as AnyHandler)(checked.req);
  } catch (e) {
    if (process.env.PROPOSTA_DEBUG) console.error(e);
    return fail('ERRORE_INTERNO', "Si è verificato un errore interno: l'operazione non è stata completata. Salva il lavoro con «Salva con nome» e riavvia Proposta.");
  }
}
