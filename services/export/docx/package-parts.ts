import type { ExportModel } from '../../../core';
import { clean } from './text';
import { FALLBACK_FONT, FONT, LANGUAGE } from './theme';

/** A part that replaces the one docx writes at the same path (Packer's `overrides`). */
export interface PackagePart {
  readonly path: string;
  readonly data: string;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const escape = (text: string): string =>
  clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const element = (name: string, text: string): string => (text ? `<${name}>${escape(text)}</${name}>` : '');

/**
 * The document's time: the proposal's last change, so the same proposal gives the same file. An
 * unreadable time becomes the Unix epoch, as a new proposal's placeholder is; zip-times.ts brings
 * times before 1980 to the zip format's first day.
 */
export function documentTime(iso: string): Date {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? new Date(0) : t;
}

/** W3CDTF as Word writes it: seconds, no milliseconds, UTC. */
const w3cdtf = (t: Date): string => t.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * docProps/core.xml. docx stamps `dcterms:created` and `dcterms:modified` with the time of export and
 * has no option to set them, so the part is written here, with both set to the proposal's last change.
 */
export function coreProperties(meta: ExportModel['meta']): PackagePart {
  const when = w3cdtf(documentTime(meta.modified));
  const ns = [
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    'xmlns:dc="http://purl.org/dc/elements/1.1/"',
    'xmlns:dcterms="http://purl.org/dc/terms/"',
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  ].join(' ');
  const body = [
    element('dc:title', meta.title),
    element('dc:subject', meta.subject),
    element('dc:creator', meta.author),
    element('cp:keywords', meta.keywords),
    element('dc:description', meta.documentVersion),
    element('dc:identifier', meta.documentId),
    element('dc:language', LANGUAGE),
    element('cp:lastModifiedBy', meta.author),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
  ].join('');
  return { path: 'docProps/core.xml', data: `${XML}<cp:coreProperties ${ns}>${body}</cp:coreProperties>` };
}

/**
 * word/fontTable.xml. Without embedding, docx writes an empty font table; this one names Arial as
 * the alternative to Titillium Web, a sans-serif of the same family class, so a computer without
 * Titillium Web shows Arial instead of the application's default (often a serif).
 */
export function fontTable(): PackagePart {
  const font = (name: string, alt?: string) =>
    `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ''}<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`;
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return { path: 'word/fontTable.xml', data: `${XML}<w:fonts ${ns}>${font(FONT, FALLBACK_FONT)}${font(FALLBACK_FONT)}</w:fonts>` };
}
