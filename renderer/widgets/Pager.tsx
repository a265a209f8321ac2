import { PAGE_SIZE } from '../store/actions';

export function Pager({ page, total, onPage, label }: { page: number; total: number; onPage(p: number): void; label: string }) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  return (
    <nav className="pager d-flex align-items-center gap-2 my-2" aria-label={`Pagine di ${label}`}>
      <button type="button" className="btn btn-xs btn-outline-secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>Pagina precedente</button>
      <span>Pagina {page + 1} di {pages} (righe {page * PAGE_SIZE + 1}–{Math.min(total, (page + 1) * PAGE_SIZE)} di {total})</span>
      <button type="button" className="btn btn-xs btn-outline-secondary" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>Pagina successiva</button>
    </nav>
  );
}
