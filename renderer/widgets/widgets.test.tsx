// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatAmount } from '../../core';
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
  it('stores what the text says when left, reads Italian and plain numbers, and reports a text that says none', () => {
    const onChange = vi.fn();
    const onUnreadable = vi.fn();
    render(<NumberInput aria-label="Importo" value={null} onChange={onChange} onUnreadable={onUnreadable} display={formatAmount} />);
    const input = screen.getByLabelText('Importo') as HTMLInputElement;
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '1.234,5' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(input);
    expect(onChange).toHaveBeenLastCalledWith(1234.5);
    expect(input.value).toBe('1.234,50');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'mille' } });
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onUnreadable).toHaveBeenLastCalledWith('mille');
    expect(onChange).toHaveBeenCalledTimes(1);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onUnreadable).toHaveBeenLastCalledWith(null);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('refuses decimals in an integer field, and emptiness in a required one', () => {
    const onChange = vi.fn();
    const onUnreadable = vi.fn();
    render(<NumberInput aria-label="Abitanti" integer nullable={false} value={5} onChange={onChange} onUnreadable={onUnreadable} />);
    const input = screen.getByLabelText('Abitanti');
    fireEvent.change(input, { target: { value: '30000,5' } });
    fireEvent.blur(input);
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(onChange).not.toHaveBeenCalled();
    expect(onUnreadable.mock.calls).toEqual([['30000,5'], ['']]);
  });
});
