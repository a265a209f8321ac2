// Component tests: a proposal loaded into the real store, rendered with the real components.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { Proposal } from '../../core';
import { initialDoc, initialUi, useStore } from '../store/store';

afterEach(() => {
  cleanup();
  useStore.setState({ ...initialDoc, ...initialUi });
});

export function loadDoc(doc: Proposal): void {
  useStore.setState({ ...initialDoc, doc, saved: doc });
}

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
