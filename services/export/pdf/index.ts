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
 * Whether the dossier carries its logical structure (tagged PDF) unless asked otherwise. Off: on the
 * large benchmark proposal it costs more than the 20% of rendering time issue 13 allows (see
 * README, bench/pdf.bench.ts).
 */
export const TAGGED_BY_DEFAULT = false;

/**
 * Renders the dossier of `model` as a PDF/A-2b file; `tagged`: with its logical structure (headings,
 * tables, figures with their descriptions, the table of contents; page furniture as artifacts). Deterministic: the same model gives the same
 * bytes (dates from `model.meta.modified`, file identifier from `model.meta.documentId`).
 */
export async function renderDossierPdf(model: ExportModel, options: { readonly tagged?: boolean } = {}): Promise<Uint8Array> {
  // async: a failure while laying out rejects the promise instead of throwing at the caller.
  const laid = layoutDossier(model, options.tagged ?? TAGGED_BY_DEFAULT);
  return paintDocument(laid, { width: PAGE_WIDTH, height: PAGE_HEIGHT }, pdfaOptions(model.meta), (doc) => completePdfA(doc, model.meta));
}
