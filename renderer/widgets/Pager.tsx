import { formatInteger } from '../../core';
import { PAGE_SIZE } from '../store/actions';

/** Pages of a long table: previous, next, first, last, and any page by number. */
export function Pager({ page, total, onPage, label }: { page: number; total: number; onPage(p: number): void; label: string }) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const id = `pagina-${label.replace(/\W+/g, '-')}`;
  return (
    <nav className="pager d-flex flex-wrap align-items-center gap-2 my-2" aria-label={`Pagine di ${label}`}>
      <button type="button" className="btn btn-xs btn-outline-secondary" disabled={page === 0} onClick={() => onPage(0)}>Prima</button>
      <button type="button" className="btn btn-xs btn-outline-secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>Precedente</button>
      <label htmlFor={id} className="m-0">Pagina</label>
      <select id={id} className="form-select form-select-sm w-auto" value={page} onChange={(e) => onPage(Number(e.target.value))}>
        {Array.from({ length: pages }, (_, p) => <option key={p} value={p}>{p + 1}</option>)}
      </select>
      <span>di {pages} (righe {formatInteger(page * PAGE_SIZE + 1)}–{formatInteger(Math.min(total, (page + 1) * PAGE_SIZE))} di {formatInteger(total)})</span>
      <button type="button" className="btn btn-xs btn-outline-secondary" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>Successiva</button>
      <button type="button" className="btn btn-xs btn-outline-secondary" disabled={page >= pages - 1} onClick={() => onPage(pages - 1)}>Ultima</button>
    </nav>
  );
}
