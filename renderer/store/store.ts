import { create } from 'zustand';
import type { Proposal, SectionId } from '../../core';

/** The document slice: what is saved, plus its undo history. */
export interface DocState {
  readonly doc: Proposal | null;
  /** Opaque handle of the saved file; null for a proposal never saved. */
  readonly handle: string | null;
  readonly name: string | null;
  /** Changed since the last save. */
  readonly dirty: boolean;
  readonly past: readonly Proposal[];
  readonly future: readonly Proposal[];
}

export type Step = SectionId | 'riepilogo';

export interface Notice {
  readonly kind: 'info' | 'success' | 'warning' | 'error';
  readonly text: string;
  /** Choices offered with the message (replace a file, overwrite another program's change, reload). */
  readonly actions?: ReadonlyArray<{ readonly label: string; run(): void }>;
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
  readonly exportDialog: 'package' | 'verify' | null;
  /** Handle of the last exported file (its folder can be opened on the desktop). */
  readonly lastOutput: string | null;
}

export type State = DocState & UiState;

export const initialDoc: DocState = { doc: null, handle: null, name: null, dirty: false, past: [], future: [] };
const initialUi: UiState = { step: 'ente', notice: null, busy: false, saveAsOpen: false, focusPointer: null, searchOpen: false, issuesOpen: false, exportDialog: null, lastOutput: null };

/** One store; components read it through selectors and change it only through actions.ts. */
export const useStore = create<State>(() => ({ ...initialDoc, ...initialUi }));
