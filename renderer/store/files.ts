import { CHOICE_CODES, moduleWithProposal, recoveryKeyFor, type OpenSource, type RecentItem, type RecoveryItem, type Reply, type SaveTarget } from '../../core';
import { api } from '../api/client';
import { closeDocument, load } from './document';
import { isDirty } from './selectors';
import { useStore } from './store';
import { notify, openSaveAs } from './ui';

const set = useStore.setState;
const get = useStore.getState;

/**
 * Shows the error of a failed reply; returns the value of a successful one. An existing file
 * (CHOICE_CODES.exists) is a question, not an error: `replace` sends the request again, confirmed.
 */
export function unwrap<T>(r: Reply<T>, replace?: () => void): T | null {
  if (r.ok) return r.value;
  if (replace && r.error.code === CHOICE_CODES.exists) notify({ kind: 'warning', text: r.error.message, actions: [{ label: 'Sostituisci', run: replace }] });
  else notify({ kind: 'error', text: r.error.message });
  return null;
}

/** Runs a request with the editor marked busy (buttons that start another one are disabled). */
export async function busy<T>(work: () => Promise<T>): Promise<T> {
  set({ busy: true });
  try {
    return await work();
  } finally {
    set({ busy: false });
  }
}

/** Said when a Comune's module opens: what this mode is. */
export const PARTNER_MODE_NOTICE = 'Hai aperto il modulo del Comune aggregato: compila le parti del tuo Comune, poi usa «Firma e prepara la risposta» e invia il file al capofila.';

/** What the start screen lists. */
export interface StartLists {
  readonly starters: Array<{ name: string; title: string }>;
  readonly recent: RecentItem[];
  readonly recovery: RecoveryItem[];
  readonly workspace: Array<{ name: string; modified: string }>;
  readonly desktop: boolean;
}

export async function loadStartLists(): Promise<StartLists> {
  const [info, starters, recent, recovery, workspace] = await Promise.all([
    api['app:info']({}), api['starters:list']({}), api['recent:list']({}), api['recovery:list']({}), api['workspace:list']({}),
  ]);
  if (recent.ok && recent.value.dropped.length) {
    notify({ kind: 'warning', text: `Non più trovati e tolti dai recenti: ${recent.value.dropped.join(', ')}.` });
  }
  return {
    starters: starters.ok ? starters.value.starters : [],
    recent: recent.ok ? recent.value.items : [],
    recovery: recovery.ok ? recovery.value.items : [],
    workspace: workspace.ok ? workspace.value.files : [],
    desktop: info.ok && info.value.mode === 'desktop',
  };
}

/** A new proposal from a starter: nothing to lose until the officer changes it. */
export async function newFromStarter(starter: string): Promise<void> {
  const v = unwrap(await busy(() => api['file:new']({ starter })));
  if (v) load(v.doc, { handle: null, name: null, saved: v.doc, checkAll: false });
}

export async function openFrom(source: OpenSource): Promise<void> {
  const v = unwrap(await busy(() => api['file:open']({ source })));
  if (!v || 'cancelled' in v) return;
  // A file upgraded from an older format differs from what is on disk until it is saved.
  load(v.doc, { handle: v.handle, name: v.name, saved: v.migratedFrom === null ? v.doc : null, checkAll: true, partner: v.partner ?? null });
  if (v.partner) notify({ kind: 'info', text: PARTNER_MODE_NOTICE });
  if (v.migratedFrom !== null) notify({ kind: 'info', text: `Il file è stato aggiornato al formato attuale. ${v.notes.join(' ')} Salva per conservare l'aggiornamento.` });
}

/** Reloads the open file from disk (after another program changed it); unsaved changes are dropped. */
async function reload(handle: string): Promise<void> {
  const v = unwrap(await busy(() => api['file:open']({ source: { kind: 'handle', handle } })));
  if (!v || 'cancelled' in v) return;
  const { step } = get();
  load(v.doc, { handle: v.handle, name: v.name, saved: v.doc, checkAll: true, partner: v.partner ?? null });
  set({ step });
  notify({ kind: 'info', text: `Ricaricato ${v.name} dal disco.` });
}

/**
 * Saves the proposal where it was opened. When another program changed the file since, nothing is
 * written: the officer chooses to overwrite it, save as another file, or reload it from disk.
 */
export async function save(overwrite = false): Promise<void> {
  const { doc, handle, partner } = get();
  if (!doc) return;
  if (!handle) return openSaveAs();
  const r = partner
    ? await busy(() => api['partner:save']({ handle, module: moduleWithProposal(partner, doc), ...(overwrite ? { overwrite } : {}) }))
    : await busy(() => api['file:save']({ handle, doc, ...(overwrite ? { overwrite } : {}) }));
  if (!r.ok && r.error.code === CHOICE_CODES.changed) {
    return notify({
      kind: 'warning', text: r.error.message,
      actions: [
        { label: 'Sovrascrivi', run: () => void save(true) },
        ...(partner ? [] : [{ label: 'Salva con nome', run: openSaveAs }]),
        { label: 'Ricarica dal disco', run: () => void reload(handle) },
      ],
    });
  }
  const v = unwrap(r);
  if (!v) return;
  set({ saved: doc, ...(partner ? { partner: moduleWithProposal(partner, doc) } : {}) });
  notify({ kind: 'success', text: `Salvato in ${v.name}.` });
}

export async function saveAs(target: SaveTarget, overwrite = false): Promise<void> {
  const { doc, partner } = get();
  if (!doc || partner) return;
  const v = unwrap(await busy(() => api['file:saveAs']({ target, doc, ...(overwrite ? { overwrite } : {}) })), () => void saveAs(target, true));
  set({ saveAsOpen: false });
  if (!v || 'cancelled' in v) return;
  set({ handle: v.handle, name: v.name, saved: doc });
  notify({ kind: 'success', text: `Salvato in ${v.name}.` });
}

/** Unsaved work found after a crash: the recovered document, unsaved until the officer saves it. */
export async function restore(key: string): Promise<void> {
  const v = unwrap(await busy(() => api['recovery:open']({ key })));
  if (v) load(v.doc, { handle: v.handle, name: v.name, saved: null, checkAll: true });
}

export async function discardRecovery(key: string): Promise<void> {
  unwrap(await api['recovery:discard']({ key }));
}

/** Copies the unsaved document to the recovery folder (the autosave). */
export function writeRecovery(): void {
  const s = get();
  // Partner mode has no recovery copy yet: the copies hold proposals, and the module is small enough to save often.
  if (s.doc && isDirty(s) && !s.partner) void api['recovery:write']({ key: recoveryKeyFor(s.doc), handle: s.handle, doc: s.doc });
}

/** Tells the shell the file name and whether there are unsaved changes (title bar, close prompt). */
export function reportWindowState(name: string | null, dirty: boolean): void {
  void api['window:state']({ name, dirty });
}

export { closeDocument };
