/**
 * The dossier as an editable Word document (DOCX): the same content as the PDF dossier, laid out
 * with real headings, tables and fields so the officer can keep working on it in Word or LibreOffice.
 */
import { Document, Packer } from 'docx';
import type { ExportModel } from '../../../core';
import { sectionContent } from './blocks';
import { coverContent, tocContent } from './cover';
import { Outline } from './outline';
import { coreProperties, documentTime, fontTable } from './package-parts';
import { pageSetup } from './page';
import { STYLES } from './theme';
import { setZipTimes } from './zip-times';

/** The docx document of a model, before packing; exported for the tests of its structure. */
export function dossierDocument(model: ExportModel): Document {
  const { meta } = model;
  // The body first: the table of contents lists the headings it bookmarks.
  const outline = new Outline();
  const body = model.sections.flatMap((section, i) => sectionContent(section, i, outline));
  return new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    keywords: meta.keywords,
    description: meta.documentVersion,
    lastModifiedBy: meta.author,
    // Word and LibreOffice fill the table of contents' page numbers and "di Y" when they open it.
    features: { updateFields: true },
    styles: STYLES,
    sections: [{
      ...pageSetup(model.header),
      children: [...coverContent(model.cover), ...tocContent(outline.entries), ...body],
    }],
  });
}

/**
 * Renders the dossier as DOCX bytes. The same model gives the same bytes: the document's creation and
 * modification times, and the times of the zip's entries, are the model's `meta.modified`, not the
 * time of export.
 */
export async function renderDossierDocx(model: ExportModel): Promise<Uint8Array> {
  const parts = [coreProperties(model.meta), fontTable()];
  const zip = await Packer.pack(dossierDocument(model), 'uint8array', false, parts);
  return setZipTimes(zip, documentTime(model.meta.modified));
}
