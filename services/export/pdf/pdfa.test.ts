import { describe, expect, it } from 'vitest';
import { documentDate, fileId, pdfaOptions, xmpDescription } from './pdfa';

const meta = {
  title: 'Fascicolo & servizi <digitali>',
  subject: 'Relazione progettuale – Avviso',
  author: 'Comune di Molfetta',
  keywords: 'Regione Puglia, intelligenza artificiale',
  modified: '2026-10-02T16:20:00.000Z',
  documentId: '708a6d5a-9686-4ffc-b6da-0cf89a9934d7',
  documentVersion: '2026-10-02 · schema 2 · Proposta 0.1.0',
};

describe('PDF/A metadata', () => {
  it('asks pdfkit for PDF/A-2b in PDF 1.7, dated at the last change of the proposal', () => {
    const o = pdfaOptions(meta);
    expect(o).toMatchObject({ pdfVersion: '1.7', subset: 'PDF/A-2b', lang: 'it-IT' });
    expect((o.info.CreationDate as Date).toISOString()).toBe('2026-10-02T16:20:00.000Z');
    expect(o.info.ModDate).toEqual(o.info.CreationDate);
    expect(o.info).toMatchObject({ Title: meta.title, Author: meta.author, Subject: meta.subject, Keywords: meta.keywords });
    expect(pdfaOptions({ ...meta, keywords: '' }).info).not.toHaveProperty('Keywords');
  });

  it('describes the document in XMP as the Info dictionary does, escaped', () => {
    const xmp = xmpDescription(meta);
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Fascicolo &amp; servizi &lt;digitali&gt;</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2026-10-02T16:20:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2026-10-02T16:20:00Z</xmp:ModifyDate>');
    expect(xmp).toContain('<pdf:Keywords>Regione Puglia, intelligenza artificiale</pdf:Keywords>');
    expect(xmp).toContain(`<xmpMM:DocumentID>uuid:${fileId(meta).toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')}</xmpMM:DocumentID>`);
    expect(xmp).not.toContain('<pdf:Keywords></pdf:Keywords>');
    expect(xmpDescription({ ...meta, keywords: '' })).not.toContain('pdf:Keywords');
  });

  it('derives the file identifier from the proposal id alone', () => {
    expect(fileId(meta)).toHaveLength(16);
    expect(fileId({ ...meta, modified: '2027-01-01T00:00:00Z' })).toEqual(fileId(meta));
    expect(fileId({ ...meta, documentId: 'altro' })).not.toEqual(fileId(meta));
  });

  it('falls back to a fixed date, never to the time of export', () => {
    expect(documentDate({ ...meta, modified: 'non una data' }).toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });
});
