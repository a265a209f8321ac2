import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ExportModel } from '../../../core';
import { type InlineStyle, inlineStyle, styled } from './inline';
import { breakLines } from './lines';
import { lineHeight } from './measure';
import { COLOR, CONTENT_HEIGHT, CONTENT_WIDTH, FIELDS_LAYOUT, LINE_HEIGHT } from './styles';

const S = {
  kicker: inlineStyle({ fontSize: 9, bold: true, color: COLOR.muted, characterSpacing: 0.6 }),
  call: inlineStyle({ fontSize: 12, bold: true, color: COLOR.dark, lineHeight: 0.95 }),
  note: inlineStyle({ fontSize: 9, color: COLOR.muted }),
  proposal: inlineStyle({ fontSize: 12, bold: true, color: COLOR.primary, characterSpacing: 0.4 }),
  title: inlineStyle({ fontSize: 24, bold: true, color: COLOR.dark, lineHeight: 0.9 }),
  acronym: inlineStyle({ fontSize: 16, color: COLOR.primary }),
  label: inlineStyle({ fontSize: 10, bold: true, color: COLOR.dark }),
  value: inlineStyle({ fontSize: 10 }),
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
function rule(weight: number, margin: [number, number, number, number]): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: weight, lineColor: COLOR.primary }], margin };
}

/** The height of a text block on the cover, in points. */
function height(text: string, style: InlineStyle): number {
  const size = style.fontSize as number;
  return breakLines(text, CONTENT_WIDTH, size, style.bold === true).length * lineHeight(size, style.lineHeight as number);
}

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
export function coverContent(model: ExportModel): Content {
  const c = model.cover;
  const others: Array<readonly [string, string]> = [['Tipologia di ente', c.bodyKind], ['CUP', c.cup], ['Data', c.date], ['Versione del documento', c.version]];
  const factHeight = (value: string): number => breakLines(value, VALUE_WIDTH, 10).length * FACT_LINE + FACT_PAD;
  const texts = height(c.call, S.call) + height(c.act, S.note) + height(c.programme, S.note) + height(c.title, S.title) + (c.acronym ? height(c.acronym, S.acronym) : 0);
  const fixed = texts + FIXED + others.reduce((sum, [, v]) => sum + factHeight(v), 0);
  const bodyLines = Math.floor((CONTENT_HEIGHT - fixed - 2 * MIN_GAP - FACT_PAD) / FACT_LINE);
  const bodies = coverBody(c.body, bodyLines);
  const facts = [[c.bodyKind.startsWith('Aggregazione') ? 'Enti proponenti' : 'Ente proponente', bodies] as const, ...others];
  const body: TableCell[][] = facts.map(([label, value]) => [styled(label, S.label, LABEL_WIDTH), styled(value, S.value, VALUE_WIDTH)]);
  // What the texts leave is shared by the two gaps between the call, the project and the facts.
  const spare = CONTENT_HEIGHT - fixed - factHeight(bodies);
  const gap = Math.max(MIN_GAP, Math.min(60, spare / 2));
  return {
    stack: [
      rule(3, [0, 0, 0, 14]),
      styled('Avviso pubblico', S.kicker),
      { ...styled(c.call, S.call), margin: [0, 4, 0, 6] },
      { ...styled(c.act, S.note), margin: [0, 0, 0, 2] },
      styled(c.programme, S.note),
      rule(0.6, [0, 18, 0, gap]),
      styled('Proposta progettuale', S.proposal),
      { ...styled(c.title, S.title), margin: [0, 8, 0, 6] },
      ...(c.acronym ? [styled(c.acronym, S.acronym)] : []),
      rule(0.6, [0, gap, 0, 12]),
      { table: { widths: [LABEL_WIDTH, VALUE_WIDTH], body, dontBreakRows: true }, layout: FIELDS_LAYOUT },
    ],
  };
}
