import { useEffect } from 'react';
import { buildExportModel, defaultCallProfile, type Block } from '../../core';
import { closePrint } from '../store/actions';
import { useDoc } from '../store/selectors';

function BlockView({ b }: { b: Block }) {
  switch (b.kind) {
    case 'subheading': return <h3>{b.text}</h3>;
    case 'paragraph': return <p className="print-text">{b.text}</p>;
    case 'fields': return <dl className="facts">{b.rows.map(([k, v], i) => <div key={i}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>;
    case 'table':
      return (
        <table className="table table-sm print-table">
          <caption>{b.caption}</caption>
          <thead><tr>{b.columns.map((c, i) => <th key={i} scope="col" className={c.align === 'right' ? 'text-end' : ''}>{c.title}</th>)}</tr></thead>
          <tbody>{b.rows.map((r, i) => <tr key={i}>{r.map((v, j) => <td key={j} className={b.columns[j]?.align === 'right' ? 'text-end' : ''}>{v}</td>)}</tr>)}</tbody>
          {b.footer && <tfoot><tr>{b.footer.map((v, j) => <th key={j} scope="row" className={b.columns[j]?.align === 'right' ? 'text-end' : ''}>{v}</th>)}</tr></tfoot>}
        </table>
      );
    case 'gantt':
      return <p>{b.caption}: {b.bars.map((x) => `${x.label} (mesi ${x.start}–${x.end}${x.milestone ? ', milestone' : ''})`).join('; ')}.</p>;
    case 'bars':
      return <p>{b.caption}: {b.bars.map((x) => `${x.label} ${x.display}`).join('; ')}.</p>;
  }
}

/** The proposal to print, laid out from the same model as the dossier: the browser's print dialog opens at once. */
export function PrintView() {
  const doc = useDoc();
  useEffect(() => {
    const done = () => closePrint();
    window.addEventListener('afterprint', done);
    const t = setTimeout(() => window.print(), 100);
    return () => {
      clearTimeout(t);
      window.removeEventListener('afterprint', done);
    };
  }, []);
  if (!doc) return null;
  const m = buildExportModel(doc, defaultCallProfile());
  return (
    <main id="contenuto" className="print-view container py-3">
      <div className="no-print d-flex gap-2 mb-3">
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>Stampa</button>
        <button type="button" className="btn btn-outline-secondary" onClick={closePrint}>Torna all'editor</button>
      </div>
      <p>{m.cover.call}</p>
      <h1>{m.cover.title}</h1>
      <p className="lead">{m.cover.body} — {m.cover.bodyKind}</p>
      <p>CUP: {m.cover.cup} · {m.cover.version}</p>
      {m.sections.map((s) => (
        <section key={s.id} className="print-section">
          <h2>{s.title}</h2>
          {s.blocks.map((b, i) => <BlockView key={i} b={b} />)}
        </section>
      ))}
    </main>
  );
}
