// Prints the time to render the dossier PDF of the large benchmark proposal (median of 5 renders
// after a warm-up) and its page count, next to its peer: LibreOffice converting our own DOCX of the same
// proposal to PDF (median of 3, in this same script). Figures, not a test: nothing is asserted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExportModel, defaultCallProfile } from '../core';
import { renderDossierDocx } from '../services/export/docx';
import { convertWithLibreOffice } from '../services/export/docx/libreoffice';
import { renderDossierPdf } from '../services/export/pdf';
import { largeProposal } from './large-proposal';
import { fmtMs, medianMs } from './stats';

const doc = largeProposal();
const model = buildExportModel(doc, defaultCallProfile());
const file = join(mkdtempSync(join(tmpdir(), 'proposta-bench-pdf-')), 'dossier.pdf');

const first = performance.now();
const pdf = await renderDossierPdf(model);
const firstMs = performance.now() - first;
writeFileSync(file, pdf);
const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?';

const renderMs = await medianMs(() => renderDossierPdf(model), 5, 1);

console.log(`Proposta grande: ${doc.ente.partner.length} partner, ${doc.budget.voci.length} voci, ${doc.dati.banche.length} banche dati, ${doc.cronoprogramma.attivita.length} attività`);
console.log(`dossier PDF            ${pages} pagine, ${(pdf.length / 1024).toFixed(0)} KiB`);
console.log(`primo render           ${fmtMs(firstMs)}   font e moduli da caricare`);
console.log(`render (mediana di 5)  ${fmtMs(renderMs)}   obiettivo < 1500 ms per circa 100 pagine`);
console.log(`carico della macchina  ${loadavg().map((l) => l.toFixed(2)).join(' ')} (media a 1, 5, 15 minuti)`);

const docxPath = join(mkdtempSync(join(tmpdir(), 'proposta-bench-docx-')), 'dossier.docx');
writeFileSync(docxPath, await renderDossierDocx(model));
const profileDir = mkdtempSync(join(tmpdir(), 'proposta-bench-lo-'));
const outDir = mkdtempSync(join(tmpdir(), 'proposta-bench-lo-out-'));
await convertWithLibreOffice(docxPath, 'pdf', outDir, { profileDir, timeoutMs: 180_000 });
const loMs = await medianMs(() => convertWithLibreOffice(docxPath, 'pdf', outDir, { profileDir, timeoutMs: 180_000 }), 3, 0);
const loPages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(outDir, 'dossier.pdf')], { encoding: 'utf8' }))?.[1] ?? '?';
console.log(`LibreOffice DOCX->PDF  ${fmtMs(loMs)}   stesso contenuto, ${loPages} pagine (mediana di 3)`);
console.log(`rapporto               Proposta ${(loMs / renderMs).toFixed(1)}x più veloce di LibreOffice (obiettivo 2x)`);
