/**
 * The dossier as PDF/A-2b: the export model laid out by pdfmake on A4 with the Titillium Web fonts
 * embedded, a table of contents, tables, a Gantt chart and bar charts drawn as vectors.
 */
import { createRequire } from 'node:module';
import type * as PdfMake from 'pdfmake';
import type { ExportModel } from '../../../core';
import { dossierDefinition } from './document';
import { FONT_PATHS, fontDictionary } from './fonts';
import { completePdfA } from './pdfa';

// pdfmake is CommonJS exporting an instance: required, not imported, so that its methods are there
// under Node's ESM loader, tsx and vitest alike.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMake;

/**
 * Renders the dossier of `model` as a PDF/A-2b file. Deterministic: the same model gives the same
 * bytes (dates from `model.meta.modified`, file identifier from `model.meta.documentId`).
 */
export async function renderDossierPdf(model: ExportModel): Promise<Uint8Array> {
  // pdfmake keeps fonts and access policies on its shared instance; set them right before the
  // synchronous createPdf that captures them. The dossier reads its fonts and nothing else.
  pdfmake.setFonts(fontDictionary());
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => FONT_PATHS.has(path));
  const created = pdfmake.createPdf(dossierDefinition(model));
  const stream = (await created.getStream()) as NodeJS.EventEmitter;
  // pdfmake collects the pdfkit stream without listening for its errors: listen here, at once.
  const failed = new Promise<never>((_, reject) => stream.on('error', reject));
  failed.catch(() => undefined);
  completePdfA(stream as Parameters<typeof completePdfA>[0], model.meta);
  const buffer = await Promise.race([created.getBuffer(), failed]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
