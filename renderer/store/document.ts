import { applyAction, fieldLabel, partnerDocument, type Action, type PartnerModule, type Proposal } from '../../core';
import { afterNextFrame } from './frame';
import { useStore, type HistoryEntry } from './store';
import { goToPointer, notify, scrollToTop } from './ui';

const HISTORY_LIMIT = 200;
const set = useStore.setState;
const get = useStore.getState;

/** Changes of one field within this time form one undo step (a word typed is not ten steps). */
const TYPING_MERGE_MS = 1000;
let lastEdit: { key: string; at: number } | null = null;

/** Typing is checked once it pauses this long, so a run of keys costs no validation between them. */
export const CHECK_PAUSE_MS = 250;
/** …and no later than this after the first key not yet checked, however fast the officer types. */
export const CHECK_MAX_WAIT_MS = 1000;

let pendingCheck: { readonly since: number; cancel: () => void } | null = null;

/**
 * A keystroke's frame shows the character; the whole proposal is validated when typing pauses (3 ms
 * on the large proposal, and its garbage, the largest part of a key's work) or the field is left, and
 * the messages follow then. Every other change is checked at once.
 */
function checkWhenTypingPauses(): void {
  const now = performance.now();
  const since = pendingCheck?.since ?? now;
  pendingCheck?.cancel();
  const wait = Math.min(CHECK_PAUSE_MS, Math.max(0, since + CHECK_MAX_WAIT_MS - now));
  // After the wait, still after a frame: the last key is painted before the check runs.
  let cancelFrame = (): void => undefined;
  const timer = setTimeout(() => { cancelFrame = afterNextFrame(checkTypingNow); }, wait);
  pendingCheck = { since, cancel: () => { clearTimeout(timer); cancelFrame(); } };
}

/** Checks what has been typed and not yet checked, now: the officer has left the field. */
export function checkTypingNow(): void {
  if (!pendingCheck) return;
  pendingCheck.cancel();
  pendingCheck = null;
  const { doc, checked } = get();
  if (checked !== doc) set({ checked: doc });
}

/** Applies a core action to the document; what it changes enters the history as the action says. */
export function dispatch(action: Action): void {
  const { doc, past, partner } = get();
  if (!doc) return;
  const r = applyAction(doc, action);
  if (r.notice) notify({ kind: 'info', text: r.notice });
  if (r.history === 'skip') return;
  // Partner mode: what the module cannot hold (another body's row, the lead's fields) does not stay.
  const next = partner ? partnerDocument(partner, r.doc) : r.doc;
  const now = Date.now();
  const key = typeof r.history === 'object' ? r.history.coalesce : null;
  const merge = key !== null && lastEdit !== null && lastEdit.key === key && now - lastEdit.at < TYPING_MERGE_MS;
  lastEdit = key === null ? null : { key, at: now };
  const entry: HistoryEntry = { doc, at: r.at ?? null };
  // A field changed is a field touched; a row added or moved is not (its empty fields would all turn red).
  const leaf = r.at !== undefined && !['group', 'rows'].includes(fieldLabel(r.at)?.kind ?? 'group');
  const touched = leaf && r.at && !get().touched[r.at] ? { touched: { ...get().touched, [r.at]: true as const } } : {};
  // Typing (a change merged by field into one undo step) is checked when it pauses; anything else at once.
  const typed = key !== null;
  set({ doc: next, ...(typed ? {} : { checked: next }), past: merge ? past : [...past, entry].slice(-HISTORY_LIMIT), future: [], ...touched });
  if (typed) checkWhenTypingPauses();
}

/** Moves one step back or forward in the history and shows where the change was. */
function travel(from: 'past' | 'future'): void {
  lastEdit = null;
  const { doc, past, future } = get();
  const entry = from === 'past' ? past.at(-1) : future[0];
  if (!doc || !entry) return;
  const inverse: HistoryEntry = { doc, at: entry.at };
  if (from === 'past') set({ doc: entry.doc, checked: entry.doc, past: past.slice(0, -1), future: [inverse, ...future] });
  else set({ doc: entry.doc, checked: entry.doc, past: [...past, inverse], future: future.slice(1) });
  if (entry.at !== null) goToPointer(entry.at);
}

export const undo = (): void => travel('past');
export const redo = (): void => travel('future');

/** Loads a document into the editor, with a fresh history. `saved` is what is on disk (null: nothing yet). */
export function load(doc: Proposal, opts: { handle: string | null; name: string | null; saved: Proposal | null; checkAll: boolean; partner?: PartnerModule | null }): void {
  lastEdit = null;
  scrollToTop();
  set({ checkAll: opts.checkAll, touched: {}, doc, checked: doc, saved: opts.saved, handle: opts.handle, name: opts.name, past: [], future: [], step: 'ente', focusPointer: null, notice: null, tables: {}, inputErrors: {}, partner: opts.partner ?? null });
}

/** Back to the start screen; the caller has asked about unsaved changes. */
export function closeDocument(): void {
  lastEdit = null;
  set({ doc: null, checked: null, saved: null, handle: null, name: null, past: [], future: [], tables: {}, inputErrors: {}, partner: null });
}
