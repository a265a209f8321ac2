import { create } from 'zustand';
import type { AttachmentsSeen } from './attachments';
import type { OpenSource, PartnerModule, Proposal, RowsPointer, SectionId } from '../../core';

/** One step of the undo history: the document before a change, and where the change happened. */
export interface HistoryEntry {
  readonly doc: Proposal;
  /** Pointer of the change, so that undo and redo show it; null when unknown. */
  readonly at: string | null;
}

/** The document slice: what is saved, plus its undo history. */
export interface DocState {
  readonly doc: Proposal | null;
  /**
   * The document the messages are computed for: `doc`, except while typed changes wait for the typing
   * to pause (store/document.ts); then the document before them.
   */
  readonly checked: Proposal | null;
  /** The document as last opened or saved: unsaved changes are `doc !== saved`. */
  readonly saved: Proposal | null;
  /** Opaque handle of the saved file; null for a proposal never saved. */
  readonly handle: string | null;
  readonly name: string | null;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /**
   * Partner mode: the Comune's module as opened or last saved. `doc` is then the partner's document
   * (core partnerDocument): only the partner's parts can change, and saving writes them into the module.
   */
  readonly partner: PartnerModule | null;
}

export type Step = SectionId | 'riepilogo';

export interface Notice {
  readonly kind: 'info' | 'success' | 'warning' | 'error';
  readonly text: string;
  /** Choices offered with the message (replace a file, overwrite another program's change, reload). */
  readonly actions?: ReadonlyArray<{ readonly label: string; run(): void }>;
}

/** What a table shows: its page and the row whose details are open (by row id). */
export interface TableView {
  readonly page: number;
  readonly open: string | null;
}

/** The UI slice: never saved. */
export interface UiState {
  readonly step: Step;
  readonly notice: Notice | null;
  readonly busy: boolean;
  readonly saveAsOpen: boolean;
  /** Pointer of the field to focus after a step change or a jump from the issues list. */
  readonly focusPointer: string | null;
  readonly searchOpen: boolean;
  readonly issuesOpen: boolean;
  /** The export dialog open, if any. */
  readonly exportDialog: 'package' | 'verify' | 'reply' | null;
  /** Handle of the last exported file (its folder can be opened on the desktop). */
  readonly lastOutput: string | null;
  readonly tables: Readonly<Partial<Record<RowsPointer, TableView>>>;
  /** Numbers typed that say no number, by pointer: listed as errors until fixed (they are not in the document). */
  readonly inputErrors: Readonly<Record<string, InputError>>;
  /** Fields the officer has been in: their messages show; the others wait for «Controlla tutto». */
  readonly touched: Readonly<Record<string, true>>;
  /** What the officer asked to do while there are unsaved changes: the close dialog asks first. */
  readonly leaving: LeaveIntent | null;
  /** What was found of the attachments' files beside the saved proposal (store/attachments.ts). */
  readonly attachments: AttachmentsSeen | null;
  /** The print view of the proposal is shown instead of the editor. */
  readonly printing: boolean;
  /** «Controlla tutto» (or a file opened from disk): every message shows beside its field. */
  readonly checkAll: boolean;
}

/** A value typed that cannot be read: what was typed, and what was expected. */
export interface InputError {
  readonly text: string;
  readonly kind: 'number' | 'date' | 'month';
}

/** Leaving the document: closing it, starting a new one, or opening another. */
export type LeaveIntent = { readonly kind: 'close' } | { readonly kind: 'quit' } | { readonly kind: 'open'; readonly source: OpenSource };

export type State = DocState & UiState;

export const initialDoc: DocState = { doc: null, checked: null, saved: null, handle: null, name: null, past: [], future: [], partner: null };
export const initialUi: UiState = {
  step: 'ente', notice: null, busy: false, saveAsOpen: false, focusPointer: null, searchOpen: false, issuesOpen: false,
  exportDialog: null, lastOutput: null, tables: {}, inputErrors: {}, touched: {}, checkAll: false, leaving: null, printing: false, attachments: null,
};

/**
 * One store. Components read it through selectors (`useStore(selector)`, selectors.ts) and change it
 * only by calling the functions of this folder: lint forbids `setState` and `api` anywhere else.
 */
export const useStore = create<State>(() => ({ ...initialDoc, ...initialUi }));
