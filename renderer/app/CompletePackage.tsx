import { useState } from 'react';
import { completePackage } from '../store/actions';
import { isDesktop } from '../store/selectors';

/** The files the officer signed with the card's program, as the dialog suggests them after an unsigned package. */
export interface CompleteDefaults {
  readonly source: string;
  readonly manifest: string;
  readonly pdf: string;
}

/**
 * «Completa con i file firmati»: the unsigned package plus the manifest signed as .p7m and the dossier
 * signed as PDF. The desktop asks for each file with a dialog; the browser takes names in the workspace.
 */
export function CompletePackage({ defaults }: { defaults: CompleteDefaults | null }) {
  const desktop = isDesktop();
  const [source, setSource] = useState(defaults?.source ?? '');
  const [manifest, setManifest] = useState(defaults?.manifest ?? '');
  const [pdf, setPdf] = useState(defaults?.pdf ?? '');
  const [output, setOutput] = useState(defaults ? defaults.source.replace(/\.zip$/i, '-firmato.zip') : 'pacchetto-firmato.zip');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (!desktop && source.trim() === '') {
      setError('Indica il nome del pacchetto senza firma che si trova nella cartella di lavoro.');
      document.getElementById('completa-pacchetto')?.focus();
      return;
    }
    setError(null);
    setWorking(true);
    setError(await completePackage({ source, manifest, pdf, output }));
    setWorking(false);
  };
  const field = (id: string, label: string, value: string, set: (v: string) => void, placeholder: string) => (
    <div className="field"><label htmlFor={id} className="form-label">{label}</label>
      <input id={id} className="form-control" value={value} onChange={(e) => set(e.target.value)} placeholder={placeholder} /></div>
  );
  return (
    <form className="border-top pt-3 mt-3" aria-labelledby="completa-titolo" onSubmit={(e) => { e.preventDefault(); void run(); }}>
      <h3 id="completa-titolo" className="h5">Completa con i file firmati</h3>
      <p className="form-text">Dopo aver firmato con il programma della carta il manifesto (in formato CAdES: diventa un file .p7m) e il dossier PDF (in formato PAdES: resta un .pdf),
        Proposta controlla che ciascuno firmi esattamente i dati del pacchetto e scrive il pacchetto finale.</p>
      {desktop ? <p className="form-text">Ti chiederà nell'ordine: il pacchetto senza firma, il manifesto firmato (.p7m), il dossier PDF firmato e dove salvare il pacchetto finale.</p> : (
        <>
          {field('completa-pacchetto', 'Pacchetto senza firma nella cartella di lavoro', source, setSource, 'pacchetto.zip')}
          {field('completa-manifesto', 'Manifesto firmato (.p7m) nella cartella di lavoro', manifest, setManifest, 'manifest.json.p7m')}
          {field('completa-dossier', 'Dossier PDF firmato nella cartella di lavoro', pdf, setPdf, 'dossier-firmato.pdf')}
          {field('completa-uscita', 'Nome del pacchetto finale', output, setOutput, 'pacchetto-firmato.zip')}
        </>
      )}
      {working && <p role="status">Controllo dei file firmati e scrittura del pacchetto finale…</p>}
      {error && <p role="alert" className="field-error fw-semibold" data-testid="errore-completa">{error}</p>}
      <div className="d-flex justify-content-end">
        <button type="submit" className="btn btn-primary" disabled={working}>{desktop ? 'Scegli i file e completa…' : 'Completa il pacchetto'}</button>
      </div>
    </form>
  );
}
