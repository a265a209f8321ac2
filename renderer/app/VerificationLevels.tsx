import type { LevelLine, PackageVerification } from '../../core';

const LEVEL_LABEL: Readonly<Record<LevelLine['livello'], string>> = {
  integrita: 'Integrità', firma: 'Firma', certificato: 'Certificato', catena: 'Catena di fiducia', 'codice-fiscale': 'Codice fiscale',
};
const OUTCOME_LABEL: Readonly<Record<LevelLine['esito'], string>> = {
  superato: 'superato', 'non-valido': 'NON valido', 'non-fidato': 'non affidabile', 'non-verificato': 'non verificato',
};
const VERDICT: Readonly<Record<0 | 1 | 2 | 3, string>> = {
  0: 'pacchetto integro e valido: ogni livello è superato.',
  1: 'pacchetto NON valido: qualcosa è stato alterato o una firma non è valida.',
  2: 'file illeggibile o rifiutato.',
  3: 'pacchetto integro ma NON affidabile.',
};

/** The verdict of «Verifica pacchetto» with every signer of every signed file and each level, as `proposta verify` prints them. */
export function VerificationLevels({ name, report }: { name: string; report: PackageVerification }) {
  const code = report.esito?.codiceUscita ?? (!report.leggibile ? 2 : report.valido ? 0 : 1);
  return (
    <>
      <p className={code === 0 ? 'text-success fw-semibold' : 'field-error fw-semibold'}>{name}: {VERDICT[code]}</p>
      {code !== 2 && report.firmatario && <p>Firmato da {report.firmatario.nome ?? '—'} (codice fiscale {report.firmatario.codiceFiscale ?? 'non indicato'}).</p>}
      {code !== 2 && (report.firmati ?? []).map((f) => (
        <section key={f.file} aria-label={`Firme di ${f.file}`}>
          <h3 className="h6 mb-1">{f.file} ({f.formato === 'pades' ? 'PAdES' : f.formato === 'cades-enveloping' ? 'CAdES .p7m' : 'CAdES .p7s'})</h3>
          {f.problemi.map((p) => <p key={p.codice} className="mb-1">{p.messaggio}</p>)}
          {f.firmatari.map((s, i) => (
            <div key={i}>
              <p className="mb-1">Firmatario: {s.nome ?? '—'} (codice fiscale {s.codiceFiscale ?? 'non indicato'}){s.oraDichiarata ? `, ora dichiarata ${new Date(s.oraDichiarata).toLocaleString('it-IT')} (${s.marcaTemporale ? 'marca temporale non verificata' : 'nessuna marca temporale'})` : ''}</p>
              <ul className="mb-2">{s.livelli.map((l) => <li key={l.livello}>{LEVEL_LABEL[l.livello]}: {OUTCOME_LABEL[l.esito]} — {l.messaggio}</li>)}</ul>
            </div>
          ))}
        </section>
      ))}
      {(report.esito?.motivi.length ?? 0) > 0 && (
        <>
          <h3 className="h6">Motivi</h3>
          <ul>{report.esito?.motivi.map((m, i) => <li key={i}>{m.file ? `${m.file}: ` : ''}{m.firmatario ? `${m.firmatario}: ` : ''}{m.messaggio}</li>)}</ul>
        </>
      )}
      {!report.esito && <ul>{report.problemi.map((p, i) => <li key={i}>{p.file ? `${p.file}: ` : ''}{p.messaggio}</li>)}</ul>}
      {code !== 2 && report.esito?.note.map((n) => <p key={n} className="small">{n}</p>)}
    </>
  );
}
