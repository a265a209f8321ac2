// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ComuneLookup } from './ComuneLookup';
import { NumberInput } from './NumberInput';
import '../test/setup';

describe('ComuneLookup', () => {
  it('finds Comuni by name without accents and picks one with the keyboard', () => {
    const onPick = vi.fn();
    render(<ComuneLookup label="Cerca il Comune" onPick={onPick} />);
    const box = screen.getByRole('combobox', { name: 'Cerca il Comune' });
    fireEvent.change(box, { target: { value: 'sannicandro' } });
    const names = screen.getAllByRole('option').map((o) => o.textContent ?? '');
    expect(names).toHaveLength(2);
    expect(names.join()).toContain('Sannicandro di Bari');
    expect(names.join()).toContain('San Nicandro Garganico');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ nome: names[1]?.includes('Sannicandro di Bari') ? 'Sannicandro di Bari' : 'San Nicandro Garganico' }));
  });

  it('finds a Comune by ISTAT code', () => {
    const onPick = vi.fn();
    render(<ComuneLookup label="Cerca" onPick={onPick} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '072029' } });
    fireEvent.mouseDown(screen.getByRole('option'));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ nome: 'Molfetta', popolazione2011: 60433 }));
  });
});

describe('NumberInput', () => {
  it('reads Italian numbers, refuses text, and shows amounts grouped when left', () => {
    const onChange = vi.fn();
    render(<NumberInput aria-label="Importo" value={null} onChange={onChange} display={(n) => n.toLocaleString('it-IT', { minimumFractionDigits: 2, useGrouping: true })} />);
    const input = screen.getByLabelText('Importo') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '1.234,5' } });
    expect(onChange).toHaveBeenLastCalledWith(1234.5);
    fireEvent.change(input, { target: { value: 'mille' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).toHaveBeenCalledTimes(1);
    fireEvent.change(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('refuses decimals in an integer field', () => {
    const onChange = vi.fn();
    render(<NumberInput aria-label="Abitanti" integer value={null} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Abitanti'), { target: { value: '30000,5' } });
    expect(onChange).not.toHaveBeenCalled();
  });
});
