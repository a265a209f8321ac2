import { exportDossier } from '../../services/app/export-dossier';
import { loadProposal } from '../../services/app/open';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal } from '../host';
import { renderReport } from '../report';

const USAGE = 'Uso: proposta export FILE [--pdf USCITA.pdf] [--docx USCITA.docx] [--sovrascrivi]';

/**
 * `proposta export FILE --pdf OUT.pdf --docx OUT.docx [--sovrascrivi]`: the dossier, even with open
 * errors (a draft to review). An existing output is replaced only with --sovrascrivi, never the
 * proposal itself; every write is atomic (a full disk leaves the previous file as it was).
 */
export async function exportCommand(args: Args, io: Io): Promise<number> {
  const file = args.positional[0];
  const pdf = args.options.get('pdf');
  const docx = args.options.get('docx');
  if (!file || pdf === true || docx === true || (typeof pdf !== 'string' && typeof docx !== 'string')) {
    io.err(USAGE);
    return EXIT.unreadable;
  }
  const host = commandHost();
  const r = await loadProposal(host, file);
  if (!r.ok) {
    io.err(`${file}: ${r.error.message} [${r.error.code}]`);
    for (const l of renderReport(r.issues)) io.err(l);
    return r.error.code === 'STRUTTURA_NON_VALIDA' ? EXIT.invalid : EXIT.unreadable;
  }
  const overwrite = args.options.has('sovrascrivi');
  // Both asked for: the DOCX renders in a worker thread, on the other core, while the PDF renders
  // here; each is still checked and written in turn as before.
  let docxBytes: Promise<Uint8Array> | undefined;
  if (typeof pdf === 'string' && typeof docx === 'string') {
    docxBytes = import('../../services/export/docx/in-worker').then((m) => m.renderDossierDocxInWorker(r.doc, host.profile));
    // Heard by exportDossier when the DOCX's turn comes; not an unhandled rejection if the PDF fails first.
    docxBytes.catch(() => undefined);
  }
  const outputs = [['pdf', pdf, undefined], ['docx', docx, docxBytes]] as const;
  for (const [format, out, rendered] of outputs) {
    if (typeof out !== 'string') continue;
    const w = await exportDossier(host, { doc: r.doc, format, target: { kind: 'path', path: out }, overwrite, proposalPath: file, ...(rendered ? { rendered } : {}) });
    if (!w.ok) {
      io.err(refusal(w.error, out));
      return w.error.code === 'PROPOSTA_NON_VALIDA' ? EXIT.invalid : EXIT.unreadable;
    }
    io.out(`Dossier ${format.toUpperCase()}: ${out}`);
  }
  const errors = r.issues.filter((i) => i.severity === 'errore').length;
  if (errors) io.out(`Attenzione: la proposta ha ancora ${errors} errori (vedi «proposta validate ${file}»).`);
  return EXIT.ok;
}
