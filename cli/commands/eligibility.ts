import { defaultCallProfile, eligibility, formatInteger, optionLabel } from '../../core';
import { loadProposal } from '../../services/app/open';
import { fileAndClock, type Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost } from '../host';
import { renderReport } from '../report';

/** `proposta eligibility FILE [--json]`: may this body (or aggregation) apply? */
export async function eligibilityCommand(args: Args, io: Io): Promise<number> {
  const input = fileAndClock(args, 'eligibility', io);
  if (!input) return EXIT.unreadable;
  const { file, now } = input;
  const profile = defaultCallProfile();
  const r = await loadProposal(commandHost(now), file);
  if (!r.ok) {
    io.err(`${file}: ${r.error.message} [${r.error.code}]`);
    for (const l of renderReport(r.issues)) io.err(l);
    return r.error.code === 'STRUTTURA_NON_VALIDA' ? EXIT.invalid : EXIT.unreadable;
  }
  const rep = eligibility(r.doc, { profile, now });
  const code = rep.eligible ? EXIT.ok : EXIT.invalid;
  if (args.options.has('json')) {
    io.out(JSON.stringify({ file, ...rep }, null, 2));
    return code;
  }
  io.out(`Tipo di ente: ${optionLabel('/ente/tipo', rep.tipo)}`);
  for (const e of rep.enti) {
    const pop = e.popolazione === null ? 'popolazione non indicata' : `${formatInteger(e.popolazione)} abitanti`;
    io.out(`  - ${e.denominazione || '(senza nome)'} (ISTAT ${e.codiceIstat || '—'}): ${pop}`);
  }
  if (rep.esenteDaSoglia) io.out('Soglia di popolazione: non si applica a questo tipo di ente.');
  else if (rep.sogliaPopolazione !== null) {
    io.out(`Popolazione dichiarata: ${rep.popolazione === null ? '—' : formatInteger(rep.popolazione)} (soglia ${formatInteger(rep.sogliaPopolazione)})`);
  }
  io.out(`Indicatore RCO14 (enti beneficiari): ${rep.rco14}`);
  for (const l of renderReport(rep.issues)) io.out(l);
  io.out('');
  io.out(rep.eligible ? 'Esito: l\'ente può partecipare all\'Avviso.' : 'Esito: con i dati indicati l\'ente non può partecipare; vedi sopra cosa correggere.');
  return code;
}
