import { writeFile } from 'node:fs/promises';
import { buildExportModel, defaultCallProfile } from '../../core';
import { renderDossierDocxInWorker } from '../../services/export/docx/in-worker';
import { renderDossierPdf } from '../../services/export/pdf';
import { openProposal } from '../../services/files';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';

/** `proposta export FILE --pdf OUT.pdf --docx OUT.docx`: the dossier, even with open errors (a draft to review). */
export async function exportCommand(args: Args, io: Io): Promise<number> {
  const file = args.positional[0];
  const pdf = args.options.get('pdf');
  const docx = args.options.get('docx');
  if (!file || (typeof pdf !== 'string' && typeof docx !== 'string')) {
    io.err('Uso: proposta export FILE [--pdf USCITA.pdf] [--docx USCITA.docx]');
    return EXIT.unreadable;
  }
  const profile = defaultCallProfile();
  const r = await openProposal(file, { profile, now: new Date() });
  if (!r.ok) {
    io.err(`${file}: ${r.error.message} [${r.error.code}]`);
    return r.error.code === 'STRUTTURA_NON_VALIDA' ? EXIT.invalid : EXIT.unreadable;
  }
  const model = buildExportModel(r.doc, profile);
  // Both at once: the DOCX in a worker thread while the PDF renders here.
  const both = typeof pdf === 'string' && typeof docx === 'string';
  const [pdfBytes, docxBytes] = await Promise.all([
    typeof pdf === 'string' ? renderDossierPdf(model) : null,
    // The DOCX code loads only when a DOCX is asked for: `--pdf` alone starts faster.
    typeof docx === 'string' ? (both ? renderDossierDocxInWorker(r.doc, profile) : import('../../services/export/docx').then((m) => m.renderDossierDocx(model))) : null,
  ]);
  if (typeof pdf === 'string' && pdfBytes) {
    await writeFile(pdf, pdfBytes);
    io.out(`Dossier PDF: ${pdf}`);
  }
  if (typeof docx === 'string' && docxBytes) {
    await writeFile(docx, docxBytes);
    io.out(`Dossier DOCX: ${docx}`);
  }
  const errors = r.issues.filter((i) => i.severity === 'errore').length;
  if (errors) io.out(`Attenzione: la proposta ha ancora ${errors} errori (vedi «proposta validate ${file}»).`);
  return EXIT.ok;
}
