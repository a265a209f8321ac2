// The tagged dossier (renderDossierPdf with `tagged`), read back with the tools a validator or a
// screen reader's PDF library would use: qpdf (well-formed, and its JSON of every object for the
// structure tree, the parent tree and the content streams), pdfinfo (Tagged, -struct-text for the
// tree with its text), pdftotext -bbox (tags change nothing that is drawn).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportModel, type Block } from '../../../core';
import { PROFILE, STARTER_NAMES, starter } from '../../../test/helpers/docs';
import { dossierTextPath, pagesOf } from '../../../test/helpers/dossier-text';
import { renderDossierPdf } from './index';
import { contentEvents, parseStructText, textOf, type StructNode } from '../../../test/helpers/pdf-structure';

const dir = mkdtempSync(join(tmpdir(), 'proposta-pdf-tag-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const flat = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();
/**
 * A cell's text without its white space: pdfinfo puts a space where a line breaks inside a word (a
 * long hash, "DCAT-AP"); "→" is printed "›" (no shipped font has it, see README).
 */
const cell = (s: string): string => s.replace(/[\s\u00a0]+/g, '').replace(/→/g, '›');

type Obj = { value?: unknown; stream?: { dict: Record<string, unknown>; data?: string } };
type Dict = Record<string, unknown>;

describe.each(STARTER_NAMES)('tagged dossier PDF (%s)', (name) => {
  const model = buildExportModel(starter(name), PROFILE);
  const tagged = join(dir, `${name}-tag.pdf`);
  const plain = join(dir, `${name}.pdf`);
  let objects: Record<string, Obj>;
  let tree: StructNode;
  const dict = (ref: unknown): Dict => (objects[`obj:${String(ref)}`]?.value ?? objects[`obj:${String(ref)}`]?.stream?.dict) as Dict;
  const blocks = model.sections.flatMap((s) => s.blocks);
  const ofKind = <K extends Block['kind']>(kind: K) => blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
  const findAll = (n: StructNode, role: string): StructNode[] => [...(n.role === role ? [n] : []), ...n.kids.flatMap((k) => findAll(k, role))];

  beforeAll(async () => {
    writeFileSync(tagged, await renderDossierPdf(model, { tagged: true }));
    writeFileSync(plain, await renderDossierPdf(model, { tagged: false }));
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', tagged])) as { qpdf: [unknown, Record<string, Obj>] };
    objects = json.qpdf[1];
    tree = parseStructText(run('pdfinfo', ['-struct-text', tagged]));
  });

  it('is well formed for qpdf and tagged for pdfinfo, in Italian, showing its title', () => {
    expect(() => run('qpdf', ['--check', tagged])).not.toThrow();
    expect(run('pdfinfo', [tagged])).toMatch(/^Tagged:\s+yes$/m);
    const root = dict((objects.trailer?.value as Dict)['/Root']);
    expect(dict(root['/MarkInfo'])['/Marked']).toBe(true);
    expect(root['/Lang']).toBe('u:it-IT');
    expect(dict(root['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
  });

  it('draws exactly what the untagged dossier draws, word by word in the same boxes, and says the pinned text', () => {
    expect(run('pdftotext', ['-bbox', tagged, '-'])).toBe(run('pdftotext', ['-bbox', plain, '-']));
    const text = pagesOf(run('pdftotext', ['-enc', 'UTF-8', tagged, '-']));
    expect(text).toEqual(pagesOf(readFileSync(dossierTextPath(name), 'utf8')));
  });

  it('has the headings of the dossier, at their levels', () => {
    expect(tree.role).toBe('Document');
    expect(findAll(tree, 'H1').map(textOf).map(flat)).toEqual([model.cover.title, 'Indice', ...model.sections.map((s) => s.title)].map(flat));
    expect(findAll(tree, 'H2').map(textOf).map(flat)).toEqual(ofKind('subheading').map((b) => flat(b.text)));
    expect(findAll(tree, 'H3')).toEqual([]);
  });

  it('has every data table as Table, Caption, and TR of TH (scope Column) and TD, cell by cell', () => {
    const captioned = findAll(tree, 'Table').filter((t) => t.kids[0]?.role === 'Caption');
    const tables = ofKind('table');
    expect(captioned.map((t) => flat(textOf(t.kids[0] as StructNode)))).toEqual(tables.map((t) => flat(t.caption)));
    tables.forEach((table, i) => {
      const rows = (captioned[i] as StructNode).kids.slice(1);
      expect(rows.every((r) => r.role === 'TR')).toBe(true);
      const [head, ...body] = rows.map((r) => r.kids);
      expect(head?.map((c) => [c.role, c.attributes.join(' ')])).toEqual(table.columns.map(() => ['TH', '/Scope /Column']));
      expect(head?.map((c) => cell(textOf(c)))).toEqual(table.columns.map((c) => cell(c.title)));
      const expected = table.rows.length === 0 ? [['Nessun elemento inserito.']] : table.rows.map((r) => r.map(cell));
      if (table.footer) expected.push(table.footer.map(cell));
      expect(body.map((cells) => cells.map((c) => cell(textOf(c))))).toEqual(expected);
      expect(body.flat().every((c) => c.role === 'TD')).toBe(true);
    });
  });

  it('has charts and the Gantt as Figures with their description', () => {
    const charts = [...ofKind('gantt'), ...ofKind('bars')].filter((b) => b.bars.length > 0);
    const figures = Object.values(objects).map((o) => o.value as Dict | undefined).filter((v): v is Dict => v?.['/S'] === '/Figure');
    expect(figures).toHaveLength(charts.length);
    const alts = figures.map((f) => String(f['/Alt']));
    for (const chart of charts) {
      const alt = alts.find((a) => chart.bars.every((b) => a.includes(`${b.label}: `)));
      expect(alt, chart.caption).toMatch(chart.kind === 'gantt' ? /^u:Diagramma di Gantt, \d+ mesi\. / : /^u:Grafico a barre\. /);
    }
  });

  it('marks every drawn text, with the page furniture as artifacts, and every MCID maps back through the parent tree', () => {
    const root = dict((objects.trailer?.value as Dict)['/Root']);
    const structRoot = dict(root['/StructTreeRoot']);
    const nums = dict(structRoot['/ParentTree'])['/Nums'] as unknown[];
    const parentTree = new Map<number, unknown>();
    for (let i = 0; i < nums.length; i += 2) parentTree.set(nums[i] as number, nums[i + 1]);
    const pages = dict(root['/Pages'])['/Kids'] as string[];
    expect(pages).toHaveLength(pagesOf(run('pdftotext', [tagged, '-'])).length);
    pages.forEach((pageRef, p) => {
      const page = dict(pageRef);
      const content = Buffer.from(objects[`obj:${String(page['/Contents'])}`]?.stream?.data ?? '', 'base64').toString('latin1');
      const events = contentEvents(content);
      expect(events.unmarkedText, `pagina ${p + 1}`).toBe(0);
      expect(events.artifacts.filter((a) => a === 'Footer')).toHaveLength(1);
      // The header's text and its rule (one sequence each or one for both).
      expect(events.artifacts.filter((a) => a === 'Header').length > 0).toBe(p > 0);
      const parents = parentTree.get(page['/StructParents'] as number) as string[];
      expect(events.mcids).toEqual(parents.map((_, i) => i));
      parents.forEach((elemRef, mcid) => {
        const elem = dict(elemRef);
        const kids = ([] as unknown[]).concat(elem['/K']);
        const own = kids.some((k) => (k === mcid && elem['/Pg'] === pageRef) || (typeof k === 'object' && (k as Dict)['/MCID'] === mcid && (k as Dict)['/Pg'] === pageRef));
        expect(own, `pagina ${p + 1}, MCID ${mcid}`).toBe(true);
      });
      for (const annot of (page['/Annots'] as string[] | undefined) ?? []) {
        const link = dict(parentTree.get(dict(annot)['/StructParent'] as number));
        expect(link['/S']).toBe('/Link');
        expect(([] as unknown[]).concat(link['/K']).some((k) => typeof k === 'object' && (k as Dict)['/Obj'] === annot)).toBe(true);
      }
    });
    // Nothing of the running header or of the footer is in the structure.
    const all = flat(textOf(tree));
    expect(all).not.toContain('pagina 1 di');
    expect(all).not.toContain(flat(model.header));
  });
});
