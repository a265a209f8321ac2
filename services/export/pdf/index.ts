/**
 * The dossier as PDF/A-2b: the export model laid out on A4 by the paginator of this folder (layout/)
 * and drawn with pdfkit, the Titillium Web fonts embedded as subsets, with a table of contents,
 * tables, a Gantt chart and bar charts drawn as vectors.
 */
import type { ExportModel } from '../../../core';
import { layoutDossier } from './document';
import { paintDocument } from './paint';
import { completePdfA, pdfaOptions } from './pdfa';
import { PAGE_HEIGHT, PAGE_WIDTH } from './styles';

/**
 * Renders the dossier of `model` as a PDF/A-2b file. Deterministic: the same model gives the same
 * bytes (dates from `model.meta.modified`, file identifier from `model.meta.documentId`).
 */
export async function renderDossierPdf(model: ExportModel, options: { readonly tagged?: boolean } = {}): Promise<Uint8Array> {
  // async: a failure while laying out rejects the promise instead of throwing at the caller.
  const laid = layoutDossier(model, options.tagged ?? true);
  return paintDocument(laid, { width: PAGE_WIDTH, height: PAGE_HEIGHT }, pdfaOptions(model.meta), (doc) => completePdfA(doc, model.meta));
}
