// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { emptyProposal, type SectionId } from '../../core';
import { starter } from '../test/setup';
import { stepStatus } from './step-status';

describe('stepStatus', () => {
  it('calls a section not started only while it is as in the empty proposal', () => {
    const empty = emptyProposal();
    for (const id of ['ente', 'progetto', 'dati', 'budget', 'allegati'] as SectionId[]) expect(stepStatus(empty, id, []), id).toBe('non-iniziata');
    const full = starter('aggregazione');
    for (const id of ['ente', 'progetto', 'dati', 'budget', 'allegati'] as SectionId[]) expect(stepStatus(full, id, []), id).toBe('completa');
    // One field typed, deep inside: started.
    const typed = { ...empty, budget: { ...empty.budget, contributoRichiesto: 1 } };
    expect(stepStatus(typed, 'budget', [])).toBe('completa');
    // The same content in another key order is still the empty section.
    const reordered = { ...empty, progetto: Object.fromEntries(Object.entries(empty.progetto).reverse()) as typeof empty.progetto };
    expect(stepStatus(reordered, 'progetto', [])).toBe('non-iniziata');
  });
});
