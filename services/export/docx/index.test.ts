import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Packer } from 'docx';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { buildExportModel, defaultCallProfile, emptyProposal, type ExportModel, type Proposal } from '../../../core';
import { dossierDocument, renderDossierDocx } from './index';
import { MILESTONE } from './charts';

const STARTERS = ['aggregazione', 'comune-singolo', 'provincia'] as const;
const modelOf = (name: string): ExportModel => buildExportModel(
  JSON.parse(readFileSync(new URL(`../../../templates/examples/${name}.proposta.json`, import.meta.url), 'utf8')) as Proposal,
  defaultCallProfile(),
);

interface Part { readonly text: string; readonly date: Date }

/** The parts of a zip, read with yauzl (not with docx's own fflate, so the file is checked by another reader). */
function unzip(bytes: Uint8Array): Promise<Map<string, Part>> {
  return new Promise((resolve, reject) => {
    fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip?: ZipFile) => {
      if (err || !zip) return reject(err ?? new Error('zip'));
      const parts = new Map<string, Part>();
      zip.on('entry', (entry: Entry) => zip.openReadStream(entry, (e, stream) => {
        if (e) return reject(e);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          parts.set(entry.fileName, { text: Buffer.concat(chunks).toString('utf8'), date: entry.getLastModDate({ timezone: 'UTC', forceDosFormat: true }) });
          zip.readEntry();
        });
      }));
      zip.on('end', () => resolve(parts));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each paragraph of a part: its style and its text. */
function paragraphsOf(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
    text: unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

const count = (xml: string, re: RegExp) => [...xml.matchAll(re)].length;
const part = (parts: Map<string, Part>, path: string): string => parts.get(path)?.text ?? '';

describe.each(STARTERS)('renderDossierDocx (%s)', (name) => {
  const model = modelOf(name);
  const blocks = model.sections.flatMap((s) => s.blocks);

  it('writes a Heading 1 for every section and a Heading 2 for every subheading', async () => {
    const doc = part(await unzip(await renderDossierDocx(model)), 'word/document.xml');
    const paragraphs = paragraphsOf(doc);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(model.sections.map((s) => s.title));
    const subheadings = blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : []));
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(subheadings);
    // The table of contents lists them, linked to their bookmarks, and Word fills the page numbers.
    expect(doc).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(paragraphs.filter((p) => p.style === 'TOC1').map((p) => p.text)).toEqual(model.sections.map((s) => s.title));
    expect(count(doc, /<w:hyperlink [^>]*w:anchor="_Toc\d+"/g)).toBe(model.sections.length + subheadings.length);
    expect(count(doc, /<w:bookmarkStart w:name="_Toc\d+"/g)).toBe(model.sections.length + subheadings.length);
  });

  it('writes the cover, the tables, the Gantt chart and the bar charts', async () => {
    const parts = await unzip(await renderDossierDocx(model));
    const doc = part(parts, 'word/document.xml');
    const text = paragraphsOf(doc).map((p) => p.text);
    const { cover } = model;
    for (const line of [cover.call, cover.act, cover.programme, cover.title, cover.acronym]) expect(text).toContain(line);
    for (const value of [cover.cup, cover.date, cover.version, cover.body]) expect(text.some((t) => t.endsWith(value))).toBe(true);
    const tables = blocks.filter((b) => b.kind === 'table');
    const gantt = blocks.find((b) => b.kind === 'gantt');
    if (!gantt || gantt.kind !== 'gantt') throw new Error('manca il diagramma temporale');
    // Every table and the Gantt repeat their header row on each page.
    expect(count(doc, /<w:tblHeader\/>/g)).toBe(tables.length + 1);
    for (const t of tables) if (t.kind === 'table') {
      expect(text).toContain(t.caption);
      for (const c of t.columns) expect(text).toContain(c.title);
      for (const cell of t.rows.flat().filter((c) => c && !c.includes('\n'))) expect(text).toContain(cell);
    }
    const active = gantt.bars.reduce((s, b) => s + b.end - b.start + 1, 0);
    const bars = blocks.flatMap((b) => (b.kind === 'bars' ? b.bars.filter((x) => x.value > 0) : []));
    expect(count(doc, /w:fill="2F6DB5"/g)).toBe(active + bars.length);
    expect(count(doc, new RegExp(MILESTONE, 'g'))).toBe(gantt.bars.filter((b) => b.milestone).length + 1);
    const total = blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : [])).find(([k]) => k === 'Costo totale del progetto');
    expect(total).toBeDefined();
    expect(text).toContain(total?.[1]);
  });

  it('has the running header, "pagina X di Y" and none on the cover', async () => {
    const parts = await unzip(await renderDossierDocx(model));
    const headers = [...parts].filter(([path]) => /^word\/header\d+\.xml$/.test(path)).map(([, p]) => paragraphsOf(p.text).map((x) => x.text).join(''));
    expect(headers.sort()).toEqual(['', model.header]);
    const footer = [...parts].find(([path, p]) => path.startsWith('word/footer') && p.text.includes('pagina'))?.[1].text ?? '';
    expect(footer).toMatch(/pagina [\s\S]*>PAGE<[\s\S]* di [\s\S]*>NUMPAGES</);
    expect(part(parts, 'word/document.xml')).toMatch(/<w:titlePg\/>/);
  });
});

describe.each(STARTERS)('renderDossierDocx writes what docx writes (%s)', (name) => {
  it('has every part docx packs for the whole document, byte for byte, in the same order', async () => {
    // The body is written child by child and row by row (stream.ts) instead of by docx's Packer:
    // this pins that the XML is still exactly docx's. The two parts Proposta writes itself differ.
    const model = modelOf(name);
    const streamed = await unzip(await renderDossierDocx(model));
    const whole = await unzip(await Packer.pack(dossierDocument(model), 'uint8array'));
    expect([...streamed.keys()]).toEqual([...whole.keys()]);
    for (const [path, p] of whole) {
      if (path === 'docProps/core.xml' || path === 'word/fontTable.xml') continue;
      expect(streamed.get(path)?.text, path).toBe(p.text);
    }
  });
});

describe('renderDossierDocx: properties, language and reproducibility', () => {
  const model = modelOf('aggregazione');
  afterEach(() => vi.useRealTimers());

  it('writes the metadata, with the proposal\'s last change as creation and modification time', async () => {
    const core = part(await unzip(await renderDossierDocx(model)), 'docProps/core.xml');
    const when = model.meta.modified.replace(/\.\d{3}Z$/, 'Z');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`);
    for (const [tag, value] of [['dc:title', model.meta.title], ['dc:subject', model.meta.subject], ['dc:creator', model.meta.author], ['cp:keywords', model.meta.keywords]]) {
      expect(unescape(core)).toContain(`<${tag}>${value}</${tag}>`);
    }
  });

  it('sets Italian on the document styles, the font with its fallback, and asks to update fields', async () => {
    const parts = await unzip(await renderDossierDocx(model));
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(part(parts, 'word/styles.xml'))?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="it-IT"/>');
    expect(defaults).toContain('w:ascii="Titillium Web"');
    expect(part(parts, 'word/fontTable.xml')).toContain('<w:font w:name="Titillium Web"><w:altName w:val="Arial"/>');
    expect(part(parts, 'word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('renders an empty proposal: every section, empty tables saying so', async () => {
    const empty = buildExportModel(emptyProposal(), defaultCallProfile());
    const parts = await unzip(await renderDossierDocx(empty));
    const paragraphs = paragraphsOf(part(parts, 'word/document.xml'));
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(empty.sections.map((s) => s.title));
    expect(paragraphs.map((p) => p.text)).toContain('Nessun elemento inserito.');
    expect(part(parts, 'docProps/core.xml')).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${empty.meta.modified.replace(/\.\d{3}Z$/, 'Z')}</dcterms:modified>`);
    // Zip times start in 1980: an earlier time is stored as the format's first day.
    expect(new Set([...parts.values()].map((p) => p.date.toISOString()))).toEqual(new Set(['1980-01-01T00:00:00.000Z']));
  });

  it('gives the same bytes for the same model, at any time and however many exports came before', async () => {
    const first = await renderDossierDocx(model);
    await renderDossierDocx(modelOf('provincia'));
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-05-17T08:09:10Z') });
    const later = await renderDossierDocx(model);
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(true);
    const dates = [...(await unzip(first)).values()].map((p) => p.date.toISOString());
    // DOS times count in two-second steps.
    expect(new Set(dates)).toEqual(new Set(['2026-10-02T16:20:00.000Z']));
  });
});
