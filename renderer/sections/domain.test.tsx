// @vitest-environment jsdom
// The editor shows what core derives: these tests fail if a component computes a fact of its own.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultCallProfile, lineAmounts, validate, type Proposal } from '../../core';
import { StepView } from '../app/StepView';
import { fieldDomId } from '../fields/dom-id';
import { goTo, undo } from '../store/actions';
import { currentDoc, loadDoc, starter } from '../test/setup';
import { EnteStep } from './EnteStep';

const NOW = new Date('2026-11-26T10:00:00Z');
const codes = (d: Proposal) => validate(d, { profile: defaultCallProfile(), now: NOW }).map((i) => i.code);

function aggregation(change: (d: Proposal) => void): Proposal {
  const d = starter('aggregazione');
  change(d);
  return d;
}

describe('the population verdict of the editor is the rule\'s', () => {
  const cases: Array<[string, (d: Proposal) => void]> = [
    ['exactly 30.000', (d) => { d.ente.capofila.popolazione.valore = 20_000; d.ente.partner.forEach((p, i) => { p.popolazione.valore = i === 0 ? 10_000 : 0; }); }],
    ['the same Comune twice', (d) => {
      d.ente.capofila.popolazione.valore = 20_000;
      d.ente.partner.forEach((p, i) => { p.popolazione.valore = i < 2 ? 9_999 : 0; });
      d.ente.partner[1]!.codiceIstat = d.ente.partner[0]!.codiceIstat;
    }],
    ['a Comune outside Puglia', (d) => {
      d.ente.capofila.popolazione.valore = 20_000;
      d.ente.partner.forEach((p, i) => { p.popolazione.valore = i === 0 ? 9_000 : 0; });
      d.ente.partner[1]!.codiceIstat = '058091';
      d.ente.partner[1]!.popolazione.valore = 500_000;
    }],
    ['distinct ISTAT codes above the threshold', () => undefined],
  ];

  it.each(cases)('%s', (_name, change) => {
    const d = aggregation(change);
    loadDoc(d);
    render(<EnteStep doc={currentDoc()} />);
    const text = screen.getByTestId('somma-popolazione').textContent ?? '';
    const ruleBelow = codes(d).includes('POP_AGGREGAZIONE_SOTTO_SOGLIA');
    expect(text.includes('raggiunta')).toBe(!ruleBelow);
    expect(text.includes('mancano')).toBe(ruleBelow);
  });
});

describe('the budget amounts use the shared cell', () => {
  it('shows an amount error beside the field, under the id the issues list jumps to', () => {
    loadDoc(aggregation((d) => { d.budget.voci[0]!.importoNetto = -5; }));
    act(() => goTo('budget'));
    render(<StepView />);
    const input = document.getElementById(fieldDomId('/budget/voci/0/importoNetto')) as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.title).toMatch(/negativ/);
  });

  it('jumps to a field of a line on another page of the table', () => {
    loadDoc(aggregation((d) => {
      const v = d.budget.voci[0]!;
      d.budget.voci = Array.from({ length: 60 }, (_, i) => ({ ...v, id: `v-${i}`, importoNetto: 100 + i }));
    }));
    render(<StepView />);
    act(() => goTo('budget', '/budget/voci/59/importoNetto'));
    expect(document.activeElement?.id).toBe(fieldDomId('/budget/voci/59/importoNetto'));
    expect(lineAmounts(currentDoc().budget.voci[59]!).netCents).toBe(15900);
  });
});

describe('changing the kind of body', () => {
  it('takes the partners out with nothing left behind, and undo brings them back', () => {
    const d = starter('aggregazione');
    loadDoc(d);
    const { rerender } = render(<EnteStep doc={currentDoc()} />);
    fireEvent.change(screen.getByLabelText('Tipo di ente proponente'), { target: { value: 'comune' } });
    expect(currentDoc().ente).toMatchObject({ tipo: 'comune', partner: [] });
    expect(codes(currentDoc()).filter((c) => c === 'PARTNER_NON_AMMESSI' || c === 'VOCE_ENTE_SCONOSCIUTO')).toEqual([]);
    rerender(<EnteStep doc={currentDoc()} />);
    expect(screen.queryByTestId('somma-popolazione')).toBeNull();
    act(() => undo());
    expect(currentDoc().ente.partner).toEqual(d.ente.partner);
    expect(currentDoc().budget).toEqual(d.budget);
  });
});
