import type { InputSource, PartnerImportOutcome, ReplyResolution } from '../../core';
import { api } from '../api/client';
import { dispatch } from './document';
import { busy, save, unwrap } from './files';
import { isDesktop } from './selectors';
import { useStore } from './store';
import { notify } from './ui';

const get = useStore.getState;

/**
 * «Prepara i moduli per i Comuni»: one module per Comune (desktop: in the folder the officer chooses;
 * browser: in the workspace folder), the requests recorded as one undo step, and the proposal saved
 * when it has a file (a module whose request is not saved would be refused when it comes back).
 */
export async function preparePartnerModules(entro: string, overwrite = false): Promise<void> {
  const { doc } = get();
  if (!doc) return;
  const target = isDesktop() ? { kind: 'dialog' as const } : { kind: 'workspace' as const };
  const v = unwrap(await busy(() => api['partner:prepare']({ doc, partners: 'tutti', entro, target, ...(overwrite ? { overwrite } : {}) })), () => void preparePartnerModules(entro, true));
  if (!v || 'cancelled' in v) return;
  dispatch({ type: 'aggregazione/record-requests', modules: v.sent });
  if (get().handle) await save();
  notify({ kind: 'success', text: `Moduli preparati: ${v.modules.map((m) => m.name).join(', ')}. Inviali ai Comuni (PEC o e-mail).` });
}

/** What the import dialog shows next. */
export type ImportStep =
  | { readonly kind: 'rifiutata'; readonly code: string; readonly message: string }
  | { readonly kind: 'da-decidere'; readonly outcome: Extract<PartnerImportOutcome, { esito: 'da-decidere' }> }
  | { readonly kind: 'unita'; readonly outcome: Extract<PartnerImportOutcome, { esito: 'unita' }> };

/**
 * «Importa la risposta di un Comune»: the first request reads and checks the reply; when the officer
 * must decide (signature, conflicts) the second one sends the decisions for the same file. The merge
 * is applied as one undo step, then the proposal is saved with its ordinary save.
 */
export async function importPartnerReply(source: InputSource | { kind: 'handle'; handle: string }, accept = false, resolution?: ReplyResolution): Promise<ImportStep | null> {
  const { doc, handle } = get();
  if (!doc) return null;
  if (!handle) {
    notify({ kind: 'warning', text: 'Salva la proposta prima di importare le risposte: le risposte unite si conservano nella sua cartella.' });
    return null;
  }
  const r = await busy(() => api['partner:import']({ doc, handle, source, accept, ...(resolution ? { resolution } : {}) }));
  if (!r.ok) return { kind: 'rifiutata', code: r.error.code, message: r.error.message };
  if ('cancelled' in r.value) return null;
  const outcome = r.value;
  if (outcome.esito === 'da-decidere') return { kind: 'da-decidere', outcome };
  dispatch({ type: 'aggregazione/merge-reply', result: outcome.result });
  // The reply is kept beside the proposal: the proposal is saved with it (one undo step still takes it back).
  await save();
  notify({ kind: 'success', text: `Risposta di ${outcome.result.parts.ente.denominazione || outcome.partner} unita alla proposta (${outcome.applied.length} modifiche).` });
  return { kind: 'unita', outcome };
}

/** The replies the browser can import: `.proposta-partner` and `.p7m` files of the workspace folder. */
export async function replyCandidates(): Promise<Array<{ name: string; size: number }>> {
  if (isDesktop()) return [];
  const r = await api['partner:candidates']({});
  return r.ok ? r.value.files : [];
}
