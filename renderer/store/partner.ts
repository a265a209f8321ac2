import { CHOICE_CODES, moduleWithProposal, PARTNER_MODULE_EXTENSION, type InputSource, type TokenSignRequest } from '../../core';
import { api } from '../api/client';
import { save } from './files';
import { isDesktop } from './selectors';
import { useStore } from './store';
import { notify } from './ui';

const set = useStore.setState;
const get = useStore.getState;

/** The reply's name beside the module: `soleto.proposta-partner` → `soleto.proposta-partner.p7m`. */
export function replyName(moduleName: string | null): string {
  const base = (moduleName ?? `modulo${PARTNER_MODULE_EXTENSION}`).replace(/\.proposta-partner$/i, '');
  return `${base}${PARTNER_MODULE_EXTENSION}.p7m`;
}

export interface ReplyRequest {
  readonly output: string;
  readonly overwrite?: boolean;
  /** A .p12 (its name in the workspace; the desktop asks), or a token. */
  readonly way: 'p12' | 'token';
  readonly certificate: string;
  readonly password: string;
  readonly token?: TokenSignRequest;
}

/** What the dialog shows next: an error (`exists`: a reply of that name is there, replaced only when confirmed), or nothing. */
export type ReplyOutcome = { error: string; exists?: true } | null;

/** «Firma e prepara la risposta»: the module as edited now, signed as `.proposta-partner.p7m`. */
export async function signReply(req: ReplyRequest): Promise<ReplyOutcome> {
  const { doc, partner } = get();
  if (!doc || !partner) return { error: 'Apri il modulo del Comune per firmare la risposta.' };
  const desktop = isDesktop();
  const certificate: InputSource | null = req.way !== 'p12' ? null : desktop ? { kind: 'dialog' } : { kind: 'workspace', name: req.certificate };
  const r = await api['partner:sign']({
    module: moduleWithProposal(partner, doc), certificate, password: req.way === 'p12' ? req.password : '',
    ...(req.way === 'token' && req.token ? { token: req.token } : {}), ...(req.overwrite ? { overwrite: true } : {}),
    target: desktop ? { kind: 'dialog', suggestedName: req.output } : { kind: 'workspace', name: req.output },
  });
  if (!r.ok && r.error.code === CHOICE_CODES.exists) {
    // Neither the PIN nor the password is kept for the retry: the officer confirms and types it again.
    return { error: `${r.error.message} Cambia il nome della risposta, oppure conferma di sostituirla e firma di nuovo.`, exists: true };
  }
  if (!r.ok) return { error: r.error.message };
  if ('cancelled' in r.value) return null;
  set({ exportDialog: null, lastOutput: r.value.handle || null });
  const open = r.value.issues.filter((i) => i.severity === 'errore').length;
  notify({
    kind: 'success',
    text: `Risposta firmata: ${r.value.name}. Inviala al Comune capofila (per PEC o posta elettronica) con il riepilogo ${r.value.summary}, firmato anch'esso dal legale rappresentante.${open ? ` Restano ${open} errori nelle parti del Comune: il capofila deciderà se chiederne la correzione.` : ''}`,
  });
  return null;
}

/** «Senza firma»: the module is saved as the reply, to be signed with the card's software. */
export async function saveUnsignedReply(): Promise<void> {
  await save();
  const { name, doc, saved, handle } = get();
  if (!doc || doc !== saved || !handle) return;
  // The summary is named after this module and drawn from it: an earlier one beside it is replaced.
  const summary = await api['partner:summary']({ handle, overwrite: true });
  set({ exportDialog: null });
  notify({
    kind: summary.ok ? 'success' : 'error',
    text: `Modulo salvato in ${name ?? 'modulo'}. Firmalo con il programma della tua carta (DiKe, ArubaSign, GoSign) in formato CAdES: ne esce ${replyName(name)}, da inviare al capofila. Non modificare il file prima di firmarlo.${
      summary.ok ? ` Fai firmare anche il riepilogo del contributo, ${summary.value.name}, e invialo con la risposta.` : ` Il riepilogo del contributo non è stato scritto: ${summary.error.message}`}`,
  });
}

export const openReplyDialog = (): void => set({ exportDialog: 'reply' });
