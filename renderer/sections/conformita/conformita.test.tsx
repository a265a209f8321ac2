// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentDoc, loadDoc, starter } from '../../test/setup';
import { ConformitaStep } from '../ConformitaStep';

const badge = () => within(screen.getByTestId('classe-ia')).getByText(/^(Rischio|Alto|Pratica|Da completare|Non ad alto)/);

describe('ConformitaStep', () => {
  it('says it is not legal advice, and shows the class of the starter\'s system with its article', () => {
    loadDoc(starter('comune-singolo'));
    render(<ConformitaStep doc={currentDoc()} />);
    expect(screen.getByTestId('avvertenza-ia').textContent).toContain('non è una consulenza legale');
    expect(badge().textContent).toBe('Rischio limitato: obblighi di trasparenza');
    expect(screen.getByTestId('classe-ia').textContent).toContain('Reg. (UE) 2024/1689, art. 50, par. 1');
  });

  it('dispatches an answer and shows the class that follows, with the new obligations', () => {
    loadDoc(starter('comune-singolo'));
    const { rerender } = render(<ConformitaStep doc={currentDoc()} />);
    const question = screen.getByRole('group', { name: /valutare l'ammissibilità delle persone a prestazioni/ });
    fireEvent.click(within(question).getByLabelText('Sì'));
    expect(currentDoc().conformita.sistemiIa.ricerca.questionario.prestazioniPubbliche).toBe('si');
    rerender(<ConformitaStep doc={currentDoc()} />);
    expect(badge().textContent).toBe('Alto rischio');
    expect(screen.getByRole('heading', { name: "Valutazione d'impatto sui diritti fondamentali (FRIA)" })).toBeTruthy();
    expect(screen.getByLabelText(/Piano della valutazione d'impatto sui diritti fondamentali/)).toBeTruthy();
  });

  it('writes how an obligation is met into its own row, and starts an empty one from the outline', () => {
    const doc = starter('comune-singolo');
    doc.conformita.sistemiIa.ricerca.obblighi = doc.conformita.sistemiIa.ricerca.obblighi.filter((o) => o.regola !== 'AIA-4');
    loadDoc(doc);
    const { rerender } = render(<ConformitaStep doc={currentDoc()} />);
    fireEvent.change(screen.getByLabelText('Come lo soddisfiamo: Alfabetizzazione in materia di IA'), { target: { value: 'Corso di 6 ore' } });
    expect(currentDoc().conformita.sistemiIa.ricerca.obblighi.find((o) => o.regola === 'AIA-4')?.come).toBe('Corso di 6 ore');
    loadDoc(doc);
    rerender(<ConformitaStep doc={currentDoc()} />);
    const item = screen.getByLabelText('Come lo soddisfiamo: Alfabetizzazione in materia di IA').closest('li')!;
    fireEvent.click(within(item as HTMLElement).getByRole('button', { name: 'Usa la traccia' }));
    expect(currentDoc().conformita.sistemiIa.ricerca.obblighi.find((o) => o.regola === 'AIA-4')?.come).toMatch(/^Chi se ne occupa: \nChe cosa facciamo: /);
  });

  it('adds another AI system with its own questionnaire', () => {
    loadDoc(starter('aggregazione'));
    const { rerender } = render(<ConformitaStep doc={currentDoc()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi un sistema di IA' }));
    expect(currentDoc().conformita.sistemiIa.altri).toHaveLength(1);
    rerender(<ConformitaStep doc={currentDoc()} />);
    expect(screen.getByRole('heading', { name: 'Altro sistema di IA n. 1' })).toBeTruthy();
    expect(screen.getAllByTestId('classe-ia')).toHaveLength(2);
  });
});
