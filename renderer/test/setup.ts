// Component tests: a proposal loaded into the real store, rendered with the real components.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { Proposal } from '../../core';
import { CHECK_PAUSE_MS } from '../store/document';
import { afterNextFrame } from '../store/frame';
import { initialDoc, initialUi, useStore } from '../store/store';

// jsdom lays nothing out and cannot scroll: the editor's scrolling is a no-op here.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
  useStore.setState({ ...initialDoc, ...initialUi });
});

export function loadDoc(doc: Proposal): void {
  // As a file opened from disk: every message shows.
  useStore.setState({ ...initialDoc, doc, checked: doc, saved: doc, checkAll: true });
}

/** Waits for the next frame and the task after it. */
export const afterFrame = (): Promise<void> => new Promise((r) => { afterNextFrame(r); });

/** Waits until typing counts as paused, and the frame after: a typed change's messages are computed then. */
export const afterTypingPause = async (): Promise<void> => {
  await new Promise((r) => setTimeout(r, CHECK_PAUSE_MS));
  await afterFrame();
};

export const currentDoc = (): Proposal => {
  const d = useStore.getState().doc;
  if (!d) throw new Error('nessun documento');
  return d;
};

import aggregazione from '../../templates/examples/aggregazione.proposta.json';
import comuneSingolo from '../../templates/examples/comune-singolo.proposta.json';

/** The starters, imported as modules (under jsdom there is no file path to read them from). */
export function starter(name: 'aggregazione' | 'comune-singolo'): Proposal {
  return structuredClone((name === 'aggregazione' ? aggregazione : comuneSingolo) as unknown as Proposal);
}
