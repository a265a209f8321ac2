import { useId, useState } from 'react';
import { formatInteger, searchComuni, type ComuneRef } from '../../core';

interface Props {
  /** Accessible name, e.g. "Cerca il Comune capofila". */
  readonly label: string;
  onPick(comune: ComuneRef): void;
}

/**
 * Search a Comune of Puglia by name or ISTAT code (a combobox with a list of suggestions, usable
 * with the keyboard: arrows to move, Enter to choose, Escape to close).
 */
export function ComuneLookup({ label, onPick }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = query.trim().length >= 2 ? searchComuni(query, 8) : [];
  const open = results.length > 0;
  const pick = (c: ComuneRef) => {
    onPick(c);
    setQuery('');
  };
  return (
    <div className="field lookup">
      <label htmlFor={`${id}-q`} className="form-label">{label}</label>
      <input id={`${id}-q`} className="form-control" value={query} placeholder="Nome del Comune o codice ISTAT"
        role="combobox" aria-expanded={open} aria-controls={`${id}-list`} aria-autocomplete="list"
        aria-activedescendant={open ? `${id}-opt-${active}` : undefined}
        onChange={(e) => { setQuery(e.target.value); setActive(0); }}
        onKeyDown={(e) => {
          if (!open) return;
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, results.length - 1)); }
          if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          if (e.key === 'Enter') { e.preventDefault(); const c = results[active]; if (c) pick(c); }
          if (e.key === 'Escape') setQuery('');
        }} />
      {open && (
        <ul id={`${id}-list`} role="listbox" className="lookup-list" aria-label="Comuni trovati">
          {results.map((c, i) => (
            <li key={c.istat} id={`${id}-opt-${i}`} role="option" aria-selected={i === active}
              className={i === active ? 'active' : ''} onMouseDown={(e) => { e.preventDefault(); pick(c); }}>
              <strong>{c.nome}</strong> ({c.provincia}) — ISTAT {c.istat}, censimento 2011: {formatInteger(c.popolazione2011)} abitanti
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
