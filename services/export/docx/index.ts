/**
 * The dossier as an editable Word document (DOCX): the same content as the PDF dossier, laid out
 * with real headings, tables and fields so the officer can keep working on it in Word or LibreOffice.
 */
import { Document, Packer, type ISectionOptions } from 'docx';
import { unzipSync } from 'fflate';
import type { ExportModel } from '../../../core';
import { sectionContent, type BodyChild } from './blocks';
import { LazyTable } from './cells';
import { coverContent, tocContent } from './cover';
import { Outline, type TocEntry } from './outline';
import { coreProperties, documentTime, fontTable } from './package-parts';
import { pageSetup } from './page';
import { bodyXml, deflatePart, type XmlContext } from './stream';
import { STYLES } from './theme';
import { deflatedPart, zipParts } from './zip';

/** The entries of the table of contents: every heading the body will have, in order. */
function tocEntries(model: ExportModel): readonly TocEntry[] {
  const outline = new Outline();
  model.sections.forEach((section) => {
    outline.heading(section.title, 1);
    for (const b of section.blocks) if (b.kind === 'subheading') outline.heading(b.text, 2);
  });
  return outline.entries;
}

/** The body: cover, table of contents, then every section, made as it is written. */
function* body(model: ExportModel): Generator<BodyChild> {
  yield* coverContent(model.cover);
  yield* tocContent(tocEntries(model));
  // A fresh outline numbers the bookmarks as tocEntries did.
  const outline = new Outline();
  for (let i = 0; i < model.sections.length; i++) {
    const section = model.sections[i];
    if (section) yield* sectionContent(section, i, outline);
  }
}

/** The docx document with the given body (properties, styles, page setup, header and footer). */
function document(model: ExportModel, children: ISectionOptions['children']): Document {
  const { meta } = model;
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
    sections: [{ ...pageSetup(model.header), children }],
  });
}

/** The whole document as docx objects, as docx would pack it: for the tests that compare the streamed XML with docx's. */
export function dossierDocument(model: ExportModel): Document {
  return document(model, [...body(model)].map((c) => (c instanceof LazyTable ? c.materialize() : c)));
}

const DOCUMENT_XML = 'word/document.xml';

/**
 * Renders the dossier as DOCX bytes. docx packs every part but the body (styles, header, footer,
 * properties…); the body's XML is written child by child, long tables row by row, and compressed as
 * it goes, so memory stays bounded however large the proposal. The same model gives the same bytes:
 * the document's creation and modification times and the zip entries' times are the model's
 * `meta.modified`, not the time of export.
 */
export async function renderDossierDocx(model: ExportModel): Promise<Uint8Array> {
  const skeleton = document(model, []);
  // fflate is docx's own zip library.
  const packed = unzipSync(await Packer.pack(skeleton, 'uint8array', false, [coreProperties(model.meta), fontTable()]));
  const empty = Buffer.from(packed[DOCUMENT_XML] ?? []).toString('utf8');
  // With no children the body holds only its section properties: the body is written in front of them.
  const at = empty.indexOf('<w:sectPr');
  if (!empty.includes('<w:body>') || at < 0) throw new Error('DOCX: il corpo del documento non ha la forma attesa');
  const context = { viewWrapper: (skeleton as unknown as { Document: unknown }).Document, file: skeleton, stack: [] } as unknown as XmlContext;
  const documentPart = await deflatePart(DOCUMENT_XML, (function* () {
    yield empty.slice(0, at);
    yield* bodyXml(body(model), context);
    yield empty.slice(at);
  })());
  const parts = Object.entries(packed).map(([path, data]) => (path === DOCUMENT_XML ? documentPart : deflatedPart(path, data)));
  return zipParts(parts, documentTime(model.meta.modified));
}
