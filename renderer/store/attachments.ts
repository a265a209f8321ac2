import type { AttachmentCheck, InputSource, Issue } from '../../core';
import { api } from '../api/client';
import { dispatch } from './document';
import { busy, unwrap } from './files';
import { isDesktop } from './selectors';
import { useStore } from './store';
import { notify } from './ui';

const set = useStore.setState;
const get = useStore.getState;

/** What was found of the attachments' files, for the document it was checked on. */
export interface AttachmentsSeen {
  readonly list: unknown;
  readonly handle: string;
  readonly files: readonly AttachmentCheck[];
  readonly issues: readonly Issue[];
}

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Reads the attachments' files beside the saved proposal (the app hashes them): their state shows in
 * Allegati and their problems in Problemi, like `proposta validate` and the package would report them
 * (with those of the partners' merged replies kept in `risposte/`).
 */
export async function refreshAttachments(): Promise<void> {
  const { doc, handle, partner } = get();
  // A Comune's module declares its attachments; their files travel apart from it, to the lead.
  if (!doc || !handle || partner) return set({ attachments: null });
  const r = await api['attachments:check']({ doc, handle });
  // A newer document or file may have arrived meanwhile: keep only an answer about the current one.
  if (!r.ok || get().doc?.allegati !== doc.allegati || get().doc?.ente.scambi !== doc.ente.scambi || get().handle !== handle) return;
  set({ attachments: { list: doc.allegati, handle, files: r.value.files, issues: r.value.issues } });
}

/**
 * Checks again a moment after the attachments change (typing a path is not a check per key), or the
 * exchange records (a merged reply's file must then be beside the proposal).
 */
export function startAttachmentWatch(): () => void {
  return useStore.subscribe((s, prev) => {
    if (s.doc?.allegati === prev.doc?.allegati && s.doc?.ente.scambi === prev.doc?.ente.scambi && s.handle === prev.handle) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refreshAttachments(), 400);
  });
}

/** «Aggiungi un file» (or «Allega di nuovo» for row `index`): the app copies it beside the proposal and fingerprints it. */
export async function attachFile(source: InputSource, index?: number): Promise<void> {
  const { handle } = get();
  if (!handle) return notify({ kind: 'warning', text: 'Salva la proposta prima di allegare file: gli allegati stanno nella sua cartella.' });
  const v = unwrap(await busy(() => api['attachments:add']({ handle, source })));
  if (!v || 'cancelled' in v) return;
  dispatch({ type: 'allegati/add-file', nomeFile: v.nomeFile, sha256: v.sha256, ...(index === undefined ? {} : { index }) });
  notify({ kind: 'success', text: `Allegato ${v.nomeFile}.` });
}

/** The files of the workspace folder the browser can attach. */
export async function attachmentCandidates(): Promise<Array<{ name: string; size: number }>> {
  if (isDesktop()) return [];
  const r = await api['attachments:candidates']({});
  return r.ok ? r.value.files : [];
}
