import type { ExportModel } from '../../../core';
import { stack, type Margin, type Node } from './layout/nodes';
import { breakLines } from './lines';
import { lineHeight } from './measure';
import { COLOR, CONTENT_HEIGHT, CONTENT_WIDTH, FIELDS_LAYOUT, LINE_HEIGHT } from './styles';
import { styled, textStyle, type TextStyle } from './text';

const S = {
  kicker: textStyle({ size: 9, bold: true, color: COLOR.muted, spacing: 0.6 }),
  call: textStyle({ size: 12, bold: true, color: COLOR.dark, lineHeight: 0.95 }),
  note: textStyle({ size: 9, color: COLOR.muted }),
  proposal: textStyle({ size: 12, bold: true, color: COLOR.primary, spacing: 0.4 }),
  title: textStyle({ size: 24, bold: true, color: COLOR.dark, lineHeight: 0.9 }),
  acronym: textStyle({ size: 16, color: COLOR.primary }),
  label: textStyle({ size: 10, bold: true, color: COLOR.dark }),
  value: textStyle({ size: 10 }),
};
const LABEL_WIDTH = 140;
/** FIELDS_LAYOUT pads the value column by 8 points on the left. */
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - 8;
/** Rules, the two kicker lines and the margins between the parts of the cover, in points. */
const FIXED = 115;
const MIN_GAP = 10;
const FACT_LINE = lineHeight(10, LINE_HEIGHT);
/** Padding and rule of a row of facts (FIELDS_LAYOUT). */
const FACT_PAD = 5.5;

/** A full-width rule in the primary colour. */
function rule(weight: number, margin: Margin): Node {
  return { kind: 'canvas', shapes: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, width: weight, color: COLOR.primary }], margin };
}

/** The height of a text block on the cover, in points. */
function height(text: string, style: TextStyle): number {
  return breakLines(text, CONTENT_WIDTH, style.size, style.bold).length * lineHeight(style.size, style.lineHeight);
}

/** A text of the cover, filling the width of the page (no column to fit). */
const text = (t: string, style: TextStyle, margin?: Margin, role: 'P' | 'H1' = 'P'): Node => ({ ...styled(t, style, CONTENT_WIDTH, true), ...(margin ? { margin } : {}), tag: { role } });

/**
 * The proposing bodies as the cover shows them: an aggregation of many Comuni would push the cover
 * onto a second page, so a long list is cut, with a pointer to the full list in the dossier.
 */
function coverBody(body: string, maxLines: number): string {
  const lines = breakLines(body, VALUE_WIDTH, 10);
  if (lines.length <= maxLines) return body;
  const kept = lines.slice(0, Math.max(1, maxLines - 1)).join(' ').replace(/,?\s*\S*$/, '');
  return `${kept} e altri (elenco completo nella sezione dell'ente proponente)`;
}

/**
 * The cover: the call (title, act, programme), the project (title, acronym), who proposes it, and
 * the identifiers an officer checks first (CUP, date, version of the document). Always one page:
 * the space between the three parts shrinks when the texts are long.
 */
export function coverContent(model: ExportModel): Node {
  const c = model.cover;
  const others: Array<readonly [string, string]> = [['Tipologia di ente', c.bodyKind], ['CUP', c.cup], ['Data', c.date], ['Versione del documento', c.version]];
  const factHeight = (value: string): number => breakLines(value, VALUE_WIDTH, 10).length * FACT_LINE + FACT_PAD;
  const texts = height(c.call, S.call) + height(c.act, S.note) + height(c.programme, S.note) + height(c.title, S.title) + (c.acronym ? height(c.acronym, S.acronym) : 0);
  const fixed = texts + FIXED + others.reduce((sum, [, v]) => sum + factHeight(v), 0);
  const bodyLines = Math.floor((CONTENT_HEIGHT - fixed - 2 * MIN_GAP - FACT_PAD) / FACT_LINE);
  const bodies = coverBody(c.body, bodyLines);
  const facts = [[c.bodyKind.startsWith('Aggregazione') ? 'Enti proponenti' : 'Ente proponente', bodies] as const, ...others];
  const body = facts.map(([label, value]) => [styled(label, S.label, LABEL_WIDTH), styled(value, S.value, VALUE_WIDTH)]);
  // What the texts leave is shared by the two gaps between the call, the project and the facts.
  const spare = CONTENT_HEIGHT - fixed - factHeight(bodies);
  const gap = Math.max(MIN_GAP, Math.min(60, spare / 2));
  return stack([
    rule(3, [0, 0, 0, 14]),
    text('Avviso pubblico', S.kicker),
    text(c.call, S.call, [0, 4, 0, 6]),
    text(c.act, S.note, [0, 0, 0, 2]),
    text(c.programme, S.note),
    rule(0.6, [0, 18, 0, gap]),
    text('Proposta progettuale', S.proposal),
    // The project's title is the document's first heading.
    text(c.title, S.title, [0, 8, 0, 6], 'H1'),
    ...(c.acronym ? [text(c.acronym, S.acronym)] : []),
    rule(0.6, [0, gap, 0, 12]),
    { kind: 'table', widths: [LABEL_WIDTH, VALUE_WIDTH], body, headerRows: 0, keepWithHeaderRows: 0, dontBreakRows: true, layout: FIELDS_LAYOUT, tag: { role: 'Table' }, cells: 'header-column' },
  ], { tag: { role: 'Sect' } });
}
