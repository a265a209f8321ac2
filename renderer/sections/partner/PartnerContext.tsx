import { formatDate, SECTION_TITLES, type PartnerModule } from '../../../core';

/** What the lead's proposal is about and when the reply is due: read-only, above every step of a module. */
export function PartnerContext({ module }: { module: PartnerModule }) {
  const c = module.contesto;
  return (
    <section className="alert alert-secondary" aria-labelledby="contesto-titolo" data-testid="contesto">
      <h2 id="contesto-titolo" className="h6 mb-1">Proposta del Comune capofila {c.capofila || '(capofila non indicato)'}: «{c.titolo || 'senza titolo'}»</h2>
      <p className="mb-1 small">
        Modulo per il tuo Comune{module.entro ? `: risposta richiesta entro il ${formatDate(module.entro)}` : ''}. Le informazioni del progetto sono del capofila e qui si leggono soltanto.
      </p>
      <details>
        <summary className="small">Il progetto in breve</summary>
        <dl className="small mb-0 mt-2">
          <dt>Sintesi</dt><dd>{c.sintesi || '—'}</dd>
          <dt>Componenti qualificanti</dt><dd>{c.componentiQualificanti.join(', ') || '—'}</dd>
          <dt>Durata e avvio</dt><dd>{c.durataMesi ?? '—'} mesi{c.avvioPrevisto ? `, avvio previsto ${c.avvioPrevisto}` : ''}</dd>
          <dt>{SECTION_TITLES.cronoprogramma}</dt><dd>{c.cronoprogramma.attivita.map((a) => a.titolo).filter(Boolean).join('; ') || '—'}</dd>
        </dl>
      </details>
    </section>
  );
}
