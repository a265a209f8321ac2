import { countIssues } from '../../core';
import { checkAttachmentFiles } from '../../services/app/attachments';
import { loadProposal } from '../../services/app/open';
import { fileAndClock, type Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost } from '../host';
import { countsPhrase, renderReport, toJson } from '../report';

/** `proposta validate FILE [--json] [--alla-data AAAA-MM-GG]`. */
export async function validateCommand(args: Args, io: Io): Promise<number> {
  const input = fileAndClock(args, 'validate', io);
  if (!input) return EXIT.unreadable;
  const { file, now } = input;
  const loaded = await loadProposal(commandHost(now), file);
  // The attachments' files too: validate, the editor and the package read them with the same function.
  const r = loaded.ok ? { ...loaded, issues: [...loaded.issues, ...(await checkAttachmentFiles(loaded.doc, file)).issues] } : loaded;
  const readable = r.ok || r.error.code === 'STRUTTURA_NON_VALIDA';
  const errors = countIssues(r.issues).errore;
  const code = !readable ? EXIT.unreadable : !r.ok || errors > 0 ? EXIT.invalid : EXIT.ok;
  if (args.options.has('json')) {
    io.out(JSON.stringify(toJson(file, r), null, 2));
    return code;
  }
  if (!r.ok) {
    io.err(`${file}: ${r.error.message} [${r.error.code}]`);
    if (r.issues.length) for (const l of renderReport(r.issues)) io.err(l);
    return code;
  }
  io.out(`Proposta «${r.doc.progetto.titolo || 'senza titolo'}» (${file})`);
  if (r.migratedFrom !== null) {
    io.out(`Il file è nel formato ${r.migratedFrom}: è stato aggiornato in memoria, non su disco. ${r.notes.join(' ')}`);
  }
  for (const l of renderReport(r.issues)) io.out(l);
  io.out('');
  io.out(code === EXIT.ok ? `Esito: nessun errore (${countsPhrase(r.issues)}).` : `Esito: da correggere (${countsPhrase(r.issues)}).`);
  return code;
}
