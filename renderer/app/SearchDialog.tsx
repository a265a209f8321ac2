import { useEffect, useRef, useState } from 'react';
import { goToPointer } from '../store/actions';
import { useDoc, useIssues } from '../store/selectors';
import { search, type SearchHit } from './search-index';

const KIND = { campo: 'Campo', contenuto: 'Testo', problema: 'Problema' } as const;

const jump = (hit: SearchHit): void => goToPointer(hit.pointer);

/** Ctrl+K: finds field labels, field contents and issues across the proposal, and jumps there. */
export function SearchDialog({ onClose }: { onClose(): void }) {
  const doc = useDoc();
  const issues = useIssues();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  if (!doc) return null;
  const hits = search(doc, issues, query);
  const choose = (h: SearchHit | undefined) => {
    if (!h) return;
    onClose();
    jump(h);
  };
  return (
    <div className="dialog-backdrop" role="presentation" onMouseDown={onClose}>
      <div role="dialog" aria-modal="true" aria-labelledby="cerca-titolo" className="dialog-box dialog-wide p-4" onMouseDown={(e) => e.stopPropagation()}>
        <h2 id="cerca-titolo" className="h4">Cerca nella proposta</h2>
        <input ref={input} className="form-control" role="combobox" aria-expanded={hits.length > 0} aria-controls="risultati-ricerca"
          aria-activedescendant={hits.length ? `risultato-${active}` : undefined} aria-label="Testo da cercare" value={query}
          placeholder="Nome di un campo, un testo scritto o un problema"
          onChange={(e) => { setQuery(e.target.value); setActive(0); }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, hits.length - 1)); }
            if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
            if (e.key === 'Enter') { e.preventDefault(); choose(hits[active]); }
          }} />
        <p className="form-text" role="status">{query.trim().length < 2 ? 'Scrivi almeno due lettere.' : `${hits.length} risultati.`}</p>
        <ul id="risultati-ricerca" role="listbox" className="search-results list-unstyled" aria-label="Risultati">
          {hits.map((h, i) => (
            <li key={`${h.kind}-${h.pointer}-${i}`} id={`risultato-${i}`} role="option" aria-selected={i === active}
              className={i === active ? 'active' : ''} onMouseDown={(e) => { e.preventDefault(); choose(h); }}>
              <span className="badge bg-secondary me-2">{KIND[h.kind]}</span><strong>{h.title}</strong>
              <span className="d-block small text-secondary">{h.detail}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
