import { applyCommand, CHOICE_CODES, type Command, type Proposal, type Reply } from '../../core';
import { api } from '../api/client';
import { initialDoc, useStore, type Notice, type Step } from './store';

const HISTORY_LIMIT = 200;
const set = useStore.setState;
const get = useStore.getState;

export const notify = (notice: Notice | null): void => set({ notice });

/**
 * Shows the error of a failed reply; returns the value of a successful one. An existing file
 * (CHOICE_CODES.exists) is a question, not an error: `replace` sends the request again, confirmed.
 */
function unwrap<T>(r: Reply<T>, replace?: () => void): T | null {
  if (r.ok) return r.value;
  if (replace && r.error.code === CHOICE_CODES.exists) notify({ kind: 'warning', text: r.error.message, actions: [{ label: 'Sostituisci', run: replace }] });
  else notify({ kind: 'error', text: r.error.message });
  return null;
}

async function busy<T>(work: () => Promise<T>): Promise<T> {
  set({ busy: true });
  try {
    return await work();
  } finally {
    set({ busy: false });
  }
}

/** Keystrokes in one field within this time form one undo step. */
const TYPING_MERGE_MS = 1000;
let lastEdit: { pointer: string; at: number } | null = null;

/** Applies a command to the document; undoable ones enter the history. */
export function dispatch(cmd: Command): void {
  const { doc, past } = get();
  if (!doc) return;
  const r = applyCommand(doc, cmd);
  if (!r.undoable) return;
  const now = Date.now();
  const typing = cmd.type === 'field/set' && lastEdit?.pointer === cmd.pointer && now - lastEdit.at < TYPING_MERGE_MS;
  lastEdit = cmd.type === 'field/set' ? { pointer: cmd.pointer, at: now } : null;
  set({ doc: r.doc, dirty: true, past: typing ? past : [...past, doc].slice(-HISTORY_LIMIT), future: [] });
}

export function undo(): void {
  lastEdit = null;
  const { doc, past, future } = get();
  const prev = past.at(-1);
  if (!doc || !prev) return;
  set({ doc: prev, past: past.slice(0, -1), future: [doc, ...future], dirty: true });
}

export function redo(): void {
  const { doc, past, future } = get();
  const [next, ...rest] = future;
  if (!doc || !next) return;
  set({ doc: next, past: [...past, doc], future: rest, dirty: true });
}

function load(doc: Proposal, handle: string | null, name: string | null, dirty = false): void {
  set({ ...initialDoc, doc, handle, name, dirty, step: 'ente', notice: null });
}

export const goTo = (step: Step, focusPointer: string | null = null): void => set({ step, focusPointer });

export async function newFromStarter(starter: string): Promise<void> {
  const v = unwrap(await busy(() => api['file:new']({ starter })));
  if (v) load(v.doc, null, null, true);
}

export async function openFrom(source: Parameters<(typeof api)['file:open']>[0]['source']): Promise<void> {
  const v = unwrap(await busy(() => api['file:open']({ source })));
  if (!v || 'cancelled' in v) return;
  load(v.doc, v.handle, v.name);
  if (v.migratedFrom !== null) notify({ kind: 'info', text: `Il file è stato aggiornato al formato attuale. ${v.notes.join(' ')} Salva per conservare l'aggiornamento.` });
}

/** Reloads the open file from disk (after another program changed it); unsaved changes are dropped. */
async function reload(handle: string): Promise<void> {
  const v = unwrap(await busy(() => api['file:open']({ source: { kind: 'handle', handle } })));
  if (!v || 'cancelled' in v) return;
  const { step } = get();
  load(v.doc, v.handle, v.name);
  set({ step });
  notify({ kind: 'info', text: `Ricaricato ${v.name} dal disco.` });
}

export async function save(overwrite = false): Promise<void> {
  const { doc, handle } = get();
  if (!doc) return;
  if (!handle) return openSaveAs();
  const r = await busy(() => api['file:save']({ handle, doc, ...(overwrite ? { overwrite } : {}) }));
  if (!r.ok && r.error.code === CHOICE_CODES.changed) {
    return notify({
      kind: 'warning', text: r.error.message,
      actions: [
        { label: 'Sovrascrivi', run: () => void save(true) },
        { label: 'Salva con nome', run: openSaveAs },
        { label: 'Ricarica dal disco', run: () => void reload(handle) },
      ],
    });
  }
  const v = unwrap(r);
  if (!v) return;
  if (get().doc === doc) set({ dirty: false });
  notify({ kind: 'success', text: `Salvato in ${v.name}.` });
}

export const openSaveAs = (): void => set({ saveAsOpen: true });
export const closeSaveAs = (): void => set({ saveAsOpen: false });

export async function saveAs(target: Parameters<(typeof api)['file:saveAs']>[0]['target'], overwrite = false): Promise<void> {
  const { doc } = get();
  if (!doc) return;
  const v = unwrap(await busy(() => api['file:saveAs']({ target, doc, ...(overwrite ? { overwrite } : {}) })), () => void saveAs(target, true));
  set({ saveAsOpen: false });
  if (!v || 'cancelled' in v) return;
  set({ handle: v.handle, name: v.name, dirty: get().doc !== doc });
  notify({ kind: 'success', text: `Salvato in ${v.name}.` });
}

export async function restore(key: string): Promise<void> {
  const v = unwrap(await busy(() => api['recovery:open']({ key })));
  if (v) load(v.doc, v.handle, v.name, true);
}

export async function discardRecovery(key: string): Promise<void> {
  unwrap(await api['recovery:discard']({ key }));
}

/** Back to the start screen; the caller has asked about unsaved changes. */
export const closeDocument = (): void => set({ ...initialDoc });

export const setSearchOpen = (searchOpen: boolean): void => set({ searchOpen });
export const toggleIssues = (): void => set({ issuesOpen: !get().issuesOpen });

/** Exports the dossier; desktop asks where with a dialog, the browser takes a name in the workspace. */
export async function exportDossier(format: 'pdf' | 'docx', name?: string, overwrite = false): Promise<void> {
  const { doc } = get();
  if (!doc) return;
  const suggested = `${(doc.progetto.acronimo || 'dossier').replace(/[^\w-]+/g, '-')}-dossier.${format}`;
  const target = window.api ? { kind: 'dialog' as const, suggestedName: suggested } : { kind: 'workspace' as const, name: name ?? suggested };
  notify({ kind: 'info', text: `Preparazione del dossier ${format.toUpperCase()} in corso…` });
  const v = unwrap(await busy(() => api['export:dossier']({ doc, format, target, ...(overwrite ? { overwrite } : {}) })), () => void exportDossier(format, name, true));
  if (v && !('cancelled' in v)) set({ notice: { kind: 'success', text: `Dossier ${format.toUpperCase()} salvato: ${v.name}.` }, lastOutput: v.handle });
  else if (v) notify(null);
}
