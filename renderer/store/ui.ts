import { isSectionId, ROWS_POINTERS, sectionOfPointer, type RowsPointer } from '../../core';
import { useStore, type InputError, type Notice, type Step, type TableView } from './store';

const set = useStore.setState;
const get = useStore.getState;

/** Long tables show this many rows a page: the editor stays fast with thousands of rows. */
export const PAGE_SIZE = 25;

export const notify = (notice: Notice | null): void => set({ notice });

/**
 * A new step starts at its title, not where the previous one was scrolled to. Scrolled before the step
 * renders, while the page's layout is still clean: after it, scrolling would force the whole new step's
 * layout at once (a third of a step switch on the large proposal).
 */
export function scrollToTop(): void {
  window.scrollTo({ top: 0, behavior: 'instant' });
}

/** The fields each table edits in its rows (the rest are in the row's details), as the tables declare them. */
const inlineColumns = new Map<RowsPointer, ReadonlySet<string>>();

/** Called by a table: which fields of its rows it shows inline, so that a jump opens the details only when needed. */
export function declareInlineColumns(list: RowsPointer, keys: ReadonlySet<string>): void {
  inlineColumns.set(list, keys);
}

/** The list a pointer is in, and the row index: `/budget/voci/60/descrizione` -> ['/budget/voci', 60]. */
function rowOf(pointer: string): [RowsPointer, number, string | null] | null {
  for (const list of ROWS_POINTERS) {
    const m = pointer.startsWith(`${list}/`) ? /^\/(\d+)(?:\/([^/]+))?/.exec(pointer.slice(list.length)) : null;
    if (m) return [list, Number(m[1]), m[2] ?? null];
  }
  return null;
}

/**
 * Shows a step and, when given, focuses a field: a field in a long table turns the table to its
 * page and opens the row's details, so that the field exists when the step asks for focus.
 */
export function goTo(step: Step, focusPointer: string | null = null): void {
  const tables = { ...get().tables };
  const row = focusPointer ? rowOf(focusPointer) : null;
  if (row) {
    const [list, index, field] = row;
    const inDetails = field !== null && !(inlineColumns.get(list)?.has(field) ?? false);
    tables[list] = { page: Math.floor(index / PAGE_SIZE), open: inDetails ? rowId(list, index) : (tables[list]?.open ?? null) };
  }
  if (!focusPointer) scrollToTop();
  set({ step, focusPointer, tables, ...(focusPointer ? { touched: { ...get().touched, [focusPointer]: true } } : {}) });
}

function rowId(list: RowsPointer, index: number): string | null {
  const doc = get().doc;
  const [section, key] = list.slice(1).split('/') as [string, string];
  const rows = (doc as unknown as Record<string, Record<string, Array<{ id?: string }>>> | null)?.[section]?.[key];
  return rows?.[index]?.id ?? null;
}

/** Jumps to the field of a pointer, in its own step (the summary for the proposal as a whole). */
export function goToPointer(pointer: string): void {
  const id = sectionOfPointer(pointer);
  goTo(isSectionId(id) ? id : 'riepilogo', pointer || null);
}

export function setTableView(list: RowsPointer, view: Partial<TableView>): void {
  const old = get().tables[list] ?? { page: 0, open: null };
  set({ tables: { ...get().tables, [list]: { ...old, ...view } } });
}

/** Records (or clears, with null) a value typed that cannot be read (a number, a date, a month). */
export function setInputError(pointer: string, text: string | null, kind: InputError['kind'] = 'number'): void {
  const cur = get().inputErrors;
  if (text === null ? !(pointer in cur) : cur[pointer]?.text === text && cur[pointer]?.kind === kind) return;
  const next = { ...cur };
  if (text === null) delete next[pointer];
  else next[pointer] = { text, kind };
  set({ inputErrors: next });
}

/** The officer has been in this field: its messages show from now on. */
export function markTouched(pointer: string): void {
  if (!get().touched[pointer]) set({ touched: { ...get().touched, [pointer]: true } });
}

/** «Controlla tutto»: every error and warning shows beside its field. */
export const checkEverything = (): void => set({ checkAll: true });

export const openPrint = (): void => set({ printing: true });
export const closePrint = (): void => set({ printing: false });

export const setSearchOpen = (searchOpen: boolean): void => set({ searchOpen });
export const toggleIssues = (): void => set({ issuesOpen: !get().issuesOpen });
export const openSaveAs = (): void => set({ saveAsOpen: true });
export const closeSaveAs = (): void => set({ saveAsOpen: false });
export const openExportDialog = (exportDialog: 'package' | 'verify'): void => set({ exportDialog });
export const closeExportDialog = (): void => set({ exportDialog: null });
