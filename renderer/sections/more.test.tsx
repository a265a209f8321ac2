// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SearchDialog } from '../app/SearchDialog';
import { useStore } from '../store/store';
import { currentDoc, loadDoc, starter } from '../test/setup';
import { OrchestrazioneStep } from './OrchestrazioneStep';

describe('OrchestrazioneStep', () => {
  it('lists the processes and edits their lead times', () => {
    loadDoc(starter('aggregazione'));
    const n = currentDoc().orchestrazione.processi.length;
    const { rerender } = render(<OrchestrazioneStep doc={currentDoc()} />);
    fireEvent.change(screen.getByLabelText('Tempo obiettivo di conclusione (giorni), riga 1'), { target: { value: '12' } });
    fireEvent.blur(screen.getByLabelText('Tempo obiettivo di conclusione (giorni), riga 1'));
    expect(currentDoc().orchestrazione.processi[0]!.tempoObiettivoGiorni).toBe(12);
    rerender(<OrchestrazioneStep doc={currentDoc()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi: processo' }));
    expect(currentDoc().orchestrazione.processi).toHaveLength(n + 1);
  });
});

describe('SearchDialog', () => {
  it('finds a text written in the proposal and jumps to its field', () => {
    loadDoc(starter('comune-singolo'));
    const word = currentDoc().progetto.acronimo;
    render(<SearchDialog onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Testo da cercare'), { target: { value: word } });
    expect(screen.getAllByRole('option').map((o) => o.textContent).join()).toContain('Acronimo');
    const index = screen.getAllByRole('option').findIndex((o) => o.textContent?.includes('Acronimo'));
    for (let i = 0; i < index; i++) fireEvent.keyDown(screen.getByLabelText('Testo da cercare'), { key: 'ArrowDown' });
    fireEvent.keyDown(screen.getByLabelText('Testo da cercare'), { key: 'Enter' });
    expect(useStore.getState()).toMatchObject({ step: 'progetto', focusPointer: '/progetto/acronimo' });
  });
});
