import type { Block } from '../../../core';
import { captioned } from './caption';
import { tagged, type Cell, type Node, type Shape } from './layout/nodes';
import { lineHeight } from './measure';
import { CHART_LAYOUT, COLOR, CONTENT_WIDTH, FONT_SIZE, TABLE_LINE_HEIGHT } from './styles';
import { TEXT, styled } from './text';

type BarsBlock = Extract<Block, { kind: 'bars' }>;

const LABEL_WIDTH = 170;
const VALUE_WIDTH = 84;
/** CHART_LAYOUT pads the second and third columns by 6 points each. */
const BAR_AREA_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH - 12;
const BAR_HEIGHT = 9;
/** Bars sit level with the first line of their label. */
const BAR_TOP = Math.max(0, (lineHeight(FONT_SIZE.table, TABLE_LINE_HEIGHT) - BAR_HEIGHT) / 2);

/** Length of a bar in points: proportional to the largest value; a non-zero value stays visible. */
function barLength(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.max(1, (value / max) * BAR_AREA_WIDTH);
}

function barCanvas(length: number): Shape[] {
  return [
    { type: 'rect', x: 0, y: BAR_TOP, w: BAR_AREA_WIDTH, h: BAR_HEIGHT, color: COLOR.stripe },
    ...(length > 0 ? [{ type: 'rect', x: 0, y: BAR_TOP, w: length, h: BAR_HEIGHT, color: COLOR.bar } as const] : []),
  ];
}

/**
 * A horizontal bar chart of vectors: one row per bar with its label, the bar on a light track
 * (all bars on one scale, the largest filling the track) and the amount as the model formats it.
 */
export function barsContent(block: BarsBlock): Node {
  if (block.bars.length === 0) {
    return captioned(block.caption, tagged(styled('Nessun importo inserito.', TEXT.note, CONTENT_WIDTH, true), 'P'), 20);
  }
  const max = Math.max(0, ...block.bars.map((b) => b.value));
  const body: Cell[][] = block.bars.map((bar) => [
    styled(bar.label, TEXT.chartLabel, LABEL_WIDTH),
    { kind: 'canvas', shapes: barCanvas(barLength(bar.value, max)) },
    styled(bar.display.replace(/ /g, '\u00a0'), TEXT.chartValue, VALUE_WIDTH),
  ]);
  const chart: Node = {
    kind: 'table', dontBreakRows: true, headerRows: 0, keepWithHeaderRows: 0, widths: [LABEL_WIDTH, BAR_AREA_WIDTH, VALUE_WIDTH], body,
    layout: CHART_LAYOUT, margin: [0, 0, 0, 10],
  };
  const alt = `Grafico a barre. ${block.bars.map((b) => `${b.label}: ${b.display}`).join('; ')}.`;
  return captioned(block.caption, chart, block.bars.length * 16, { role: 'Figure', alt });
}
