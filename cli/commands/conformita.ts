import {
  assessProposal, classLabel, classReferences, countIssues, defaultCallProfile, dpiaLabel, fieldPath, formatDate, howMet, isComplianceIssue, missingQuestions,
  optionLabel, subjectLabel, verificationLabel, type Issue, type ProposalCompliance, type Proposal,
} from '../../core';
import { openProposal } from '../../services/files';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { countsPhrase, renderReport } from '../report';

const USAGE = 'Uso: proposta conformita FILE [--json]';

/** The machine-readable form: what the editor shows beside each system, and the findings. */
function toJson(file: string, doc: Proposal, c: ProposalCompliance, issues: readonly Issue[]): Record<string, unknown> {
  return {
    file,
    norme: { id: c.regole.id, versione: c.regole.versione, aggiornato: c.regole.aggiornato },
    avvertenza: c.regole.avvertenza,
    sistemi: c.sistemi.map(({ system, assessment: a }) => ({
      chiave: system.key,
      nome: system.nome,
      classe: a.classificazione.classe,
      etichetta: classLabel(a.classificazione),
      riferimenti: classReferences(a.classificazione, c.regole),
      puntiAllegatoIII: a.classificazione.puntiAllegato,
      daRispondere: a.classificazione.mancanti,
      classeDichiarata: system.dichiarata?.value ?? null,
      dpia: a.dpia,
      obblighi: a.obblighi.map((o) => ({
        regola: o.ruleId, titolo: o.titolo, riferimento: o.riferimento, siApplicaDal: o.siApplicaDal, stato: o.stato, notaStato: o.notaStato,
        certezza: o.certezza, soggetto: o.soggetto, obbligo: o.obbligo, comeLoSoddisfiamo: howMet(system, o).text,
      })),
    })),
    dpia: { ...c.dpia, dichiarata: doc.conformita.dpia },
    conteggi: countIssues(issues),
    problemi: issues,
  };
}

function renderText(doc: Proposal, c: ProposalCompliance, io: Io): void {
  io.out(`Norme: «${c.regole.titolo}», versione ${c.regole.versione} del ${formatDate(c.regole.aggiornato)}.`);
  io.out(c.regole.avvertenza);
  if (!c.sistemi.length) io.out('\nLa proposta non descrive sistemi di intelligenza artificiale: scegli la componente d) o e) in Progetto.');
  for (const { system, assessment: a } of c.sistemi) {
    const refs = classReferences(a.classificazione, c.regole);
    io.out(`\n${system.nome}`);
    io.out(`  Classe: ${classLabel(a.classificazione)}${refs.length ? ` (${refs.join('; ')})` : ''}`);
    if (system.dichiarata) io.out(`  Classe indicata nella proposta: ${system.dichiarata.value === '' ? 'non indicata' : optionLabel(system.dichiarata.pointer, system.dichiarata.value)}`);
    if (a.classificazione.mancanti.length) io.out(`  Da rispondere: ${missingQuestions(a.classificazione.mancanti).map((q) => `«${q}»`).join(' ')}`);
    io.out(`  DPIA: ${dpiaLabel(a.dpia, c.regole)}`);
    io.out(`  Obblighi (${a.obblighi.length}):`);
    for (const o of a.obblighi) {
      const from = o.siApplicaDal ? `dal ${formatDate(o.siApplicaDal)}` : 'data da verificare';
      io.out(`    - ${o.titolo} — ${o.riferimento}; ${from}; ${verificationLabel(o)}; ${subjectLabel(o)}`);
      const how = howMet(system, o).text.trim();
      io.out(`      Come lo soddisfiamo: ${how === '' ? 'non ancora descritto' : how.replace(/\s*\n\s*/g, ' / ')}`);
    }
  }
  if (c.sistemi.length) io.out(`\nDPIA della proposta: ${dpiaLabel(c.dpia, c.regole)}; indicata: ${doc.conformita.dpia === '' ? 'non indicata' : optionLabel('/conformita/dpia', doc.conformita.dpia)}.`);
}

/**
 * `proposta conformita FILE [--json]`: the AI Act class and obligations of each AI system, with
 * their sources, and the findings of the compliance helper. Exit 0 without compliance errors, 1 with
 * them (or a file of the wrong structure), 2 for an unreadable file or wrong usage.
 */
export async function conformitaCommand(args: Args, io: Io): Promise<number> {
  const unknown = [...args.options].filter(([k, v]) => k !== 'json' || v !== true).map(([k]) => `--${k}`);
  const file = args.positional[0];
  if (!file || args.positional.length > 1 || unknown.length) {
    if (unknown.length) io.err(`Opzione non riconosciuta: ${unknown.join(' ')}.`);
    io.err(USAGE);
    return EXIT.unreadable;
  }
  const profile = defaultCallProfile();
  const r = await openProposal(file, { profile, now: new Date() });
  if (!r.ok) {
    io.err(`${file}: ${r.error.message} [${r.error.code}]`);
    return r.error.code === 'STRUTTURA_NON_VALIDA' ? EXIT.invalid : EXIT.unreadable;
  }
  const c = assessProposal(r.doc, profile);
  const issues = r.issues.filter(isComplianceIssue);
  const code = countIssues(issues).errore > 0 ? EXIT.invalid : EXIT.ok;
  if (args.options.has('json')) {
    io.out(JSON.stringify(toJson(file, r.doc, c, issues), null, 2));
    return code;
  }
  // One write for the whole report: fewer chances to meet a reader that has gone (`| head`).
  const lines: string[] = [];
  const buffered: Io = { out: (l) => lines.push(l), err: io.err };
  buffered.out(`Proposta «${r.doc.progetto.titolo || 'senza titolo'}» (${file})`);
  renderText(r.doc, c, buffered);
  // Notes of the helper are points to verify, not parameters of the call: they get their own heading.
  for (const l of renderReport(issues.filter((i) => i.severity !== 'nota'))) lines.push(l);
  const notes = issues.filter((i) => i.severity === 'nota');
  if (notes.length) lines.push('', `Da verificare (${notes.length})`, ...notes.map((i) => `  · ${fieldPath(i.pointer)}: ${i.message} [${i.code}]`));
  lines.push('', code === EXIT.ok ? `Esito: nessun errore di conformità (${countsPhrase(issues)}).` : `Esito: da correggere (${countsPhrase(issues)}).`);
  io.out(lines.join('\n'));
  return code;
}
