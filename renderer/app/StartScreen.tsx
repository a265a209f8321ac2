import { useEffect, useState } from 'react';
import { discardRecovery, loadStartLists, newFromStarter, openExportDialog, openFrom, restore, type StartLists } from '../store/actions';
import { formatDateTime } from './format';

/** Nuovo, Apri, Recenti and, after a crash, the unsaved work to recover. */
export function StartScreen() {
  const [lists, setLists] = useState<StartLists | null>(null);
  const reload = () => void loadStartLists().then(setLists);
  useEffect(reload, []);
  if (!lists) return <main id="contenuto" className="container py-4"><p>Caricamento…</p></main>;
  return (
    <main id="contenuto" className="container py-4 start">
      <h1>Proposta</h1>
      <p className="lead">Proposte progettuali per l'Avviso della Regione Puglia su intelligenza artificiale e orchestrazione dei processi.</p>
      {lists.recovery.length > 0 && (
        <section aria-labelledby="recupero" className="callout-like mb-4">
          <h2 id="recupero">Lavoro non salvato</h2>
          <p>Proposta si è chiusa senza salvare queste modifiche. Scegli se ripristinarle o tenere l'ultima versione salvata.</p>
          <ul className="list-unstyled">
            {lists.recovery.map((r) => (
              <li key={r.key} className="mb-2">
                <strong>{r.title}</strong> {r.name ? `(${r.name})` : '(mai salvata)'} — modifiche del {formatDateTime(r.recoveredAt)}
                {r.savedAt ? `, ultimo salvataggio del ${formatDateTime(r.savedAt)}` : ''}
                <button type="button" className="btn btn-primary btn-sm ms-2" onClick={() => void restore(r.key)}>Ripristina le modifiche</button>
                <button type="button" className="btn btn-outline-secondary btn-sm ms-2" onClick={() => void discardRecovery(r.key).then(reload)}>Scarta</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="row">
        <section className="col-md-6" aria-labelledby="nuova">
          <h2 id="nuova">Nuova proposta</h2>
          <ul className="list-unstyled">
            {lists.starters.map((s) => (
              <li key={s.name} className="mb-2">
                <button type="button" className="btn btn-outline-primary text-start w-100" onClick={() => void newFromStarter(s.name)}>
                  {s.name === 'vuota' ? 'Proposta vuota' : `Esempio: ${s.title}`}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="col-md-6" aria-labelledby="apri">
          <h2 id="apri">Apri</h2>
          {lists.desktop ? (
            <button type="button" className="btn btn-primary mb-3" onClick={() => void openFrom({ kind: 'dialog' })}>Apri una proposta…</button>
          ) : (
            <FileList title="Nella cartella di lavoro" items={lists.workspace.map((f) => ({ key: f.name, label: f.name, detail: formatDateTime(f.modified) }))}
              onPick={(name) => void openFrom({ kind: 'workspace', name })} empty="Nessuna proposta nella cartella di lavoro." />
          )}
          <FileList title="Recenti" items={lists.recent.map((r) => ({ key: r.id, label: r.name, detail: r.folder }))}
            onPick={(id) => void openFrom({ kind: 'recent', id })} empty="Nessun file recente." />
          <h3 className="h5">Pacchetti ricevuti</h3>
          <button type="button" className="btn btn-outline-secondary" onClick={() => openExportDialog('verify')}>Verifica un pacchetto di presentazione…</button>
        </section>
      </div>
    </main>
  );
}

function FileList(props: { title: string; items: Array<{ key: string; label: string; detail: string }>; onPick(key: string): void; empty: string }) {
  return (
    <>
      <h3 className="h5">{props.title}</h3>
      {props.items.length === 0 ? <p>{props.empty}</p> : (
        <ul className="list-unstyled">
          {props.items.map((i) => (
            <li key={i.key} className="mb-1">
              <button type="button" className="btn btn-link p-0 text-start" onClick={() => props.onPick(i.key)}>{i.label}</button>
              <span className="text-secondary small ms-2">{i.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
