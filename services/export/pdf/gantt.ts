import type { Block, GanttBar } from '../../../core';
import { captioned } from './caption';
import { stack, tagged, type Cell, type Node, type Shape, type TableLayout } from './layout/nodes';
import { lineHeight } from './measure';
import { COLOR, CONTENT_WIDTH, FONT_SIZE, TABLE_LINE_HEIGHT } from './styles';
import { TEXT, styled, textLine } from './text';

type GanttBlock = Extract<Block, { kind: 'gantt' }>;

const LABEL_WIDTH = 168;
/** GANTT_LAYOUT pads the label by 2 points and the timeline by 6. */
const TIMELINE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - 8;
const BAR_HEIGHT = 6;
/** Space above and below the label of a row. */
const ROW_PAD = 1.5;
const LABEL_LINE = lineHeight(FONT_SIZE.small, TABLE_LINE_HEIGHT);

/** Every month is numbered up to two years; longer plans number every other month, or every sixth. */
function labelStep(months: number): number {
  return months <= 24 ? 1 : months <= 48 ? 2 : 6;
}

/** The vertical rules of every quarter (light) and every year (darker), behind the bars. */
function grid(months: number, unit: number, height: number): Shape[] {
  const lines: Shape[] = [];
  for (let m = 3; m < months; m += 3) {
    const year = m % 12 === 0;
    lines.push({ type: 'line', x1: m * unit, y1: 0, x2: m * unit, y2: height, width: year ? 0.6 : 0.3, color: year ? COLOR.rule : COLOR.grid });
  }
  return lines;
}

/** A diamond centred on (x, y): the mark of a milestone. */
function diamond(x: number, y: number, r: number): Shape {
  return { type: 'polygon', color: COLOR.milestone, points: [{ x, y: y - r }, { x: x + r, y }, { x, y: y + r }, { x: x - r, y }] };
}

/**
 * The canvas of one activity, as tall as its label so the grid runs unbroken from row to row: its
 * bar from the start of `start` to the end of `end`, level with the label's first line, and its
 * milestone.
 */
function barCanvas(bar: GanttBar, months: number, height: number): Shape[] {
  const unit = TIMELINE_WIDTH / months;
  const start = Math.min(Math.max(1, Math.round(bar.start)), months);
  const end = Math.min(Math.max(start, Math.round(bar.end)), months);
  const middle = ROW_PAD + LABEL_LINE / 2;
  const shapes = grid(months, unit, height);
  shapes.push({ type: 'rect', x: (start - 1) * unit, y: middle - BAR_HEIGHT / 2, w: (end - start + 1) * unit, h: BAR_HEIGHT, color: COLOR.bar });
  // The milestone falls at the end of the activity; kept inside the timeline at the last month.
  if (bar.milestone) shapes.push(diamond(Math.min(end * unit, TIMELINE_WIDTH - 4.5), middle, 4.5));
  return shapes;
}

/** Rows without padding, so that the grid of each row meets the next; every other row shaded. */
const GANTT_LAYOUT: TableLayout = {
  hLineWidth: (i) => (i === 1 ? 0.6 : 0),
  hLineColor: () => COLOR.dark,
  fillColor: (row) => (row > 0 && row % 2 === 0 ? COLOR.stripe : null),
  paddingLeft: (i) => (i === 0 ? 2 : 6),
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: (row) => (row === 0 ? 3 : 0),
};

/** The month scale of the header row: numbers over a ruler with a tick per month. */
function scale(months: number): Node {
  const unit = TIMELINE_WIDTH / months;
  const step = labelStep(months);
  const ticks: Shape[] = [{ type: 'line', x1: 0, y1: 3, x2: TIMELINE_WIDTH, y2: 3, width: 0.6, color: COLOR.dark }];
  for (let m = 0; m <= months; m++) {
    ticks.push({ type: 'line', x1: m * unit, y1: m % 12 === 0 ? 0 : 1.5, x2: m * unit, y2: 3, width: 0.4, color: COLOR.dark });
  }
  const numbers = Array.from({ length: months }, (_, i) => ({
    node: { kind: 'text', lines: [textLine((i + 1) % step === 0 || i === 0 ? String(i + 1) : '', TEXT.ganttScale)] } as Node,
    width: unit,
  }));
  return stack([{ kind: 'columns', columns: numbers, gap: 0 }, { kind: 'canvas', shapes: ticks }]);
}

/** The legend under the chart: what a bar and a diamond mean. */
function legend(): Node {
  const text = (t: string): Node => ({ kind: 'text', lines: [textLine(t, TEXT.legend)] });
  return {
    kind: 'columns',
    columns: [
      { node: { kind: 'canvas', shapes: [{ type: 'rect', x: 0, y: 2, w: 14, h: 6, color: COLOR.bar }] }, width: 18 },
      { node: text('durata dell\'attività (mesi dall\'avvio)'), width: 'auto' },
      { node: { kind: 'canvas', shapes: [diamond(12, 5, 4)] }, width: 20 },
      { node: text('milestone alla conclusione dell\'attività'), width: 'auto' },
    ],
    gap: 4,
    margin: [0, 4, 0, 8],
  };
}

/**
 * The timeline as a Gantt chart of vectors: a table with one row per activity (its label, then a
 * canvas with its bar), so that a long plan breaks between rows and the month scale, the header
 * row, repeats on every page.
 */
export function ganttContent(block: GanttBlock): Node {
  if (block.bars.length === 0) {
    return captioned(block.caption, tagged(styled('Nessuna attività inserita.', TEXT.note, CONTENT_WIDTH, true), 'P'), 20);
  }
  const months = Math.max(1, Math.round(block.months));
  const body: Cell[][] = [[styled('Attività', TEXT.ganttHead, LABEL_WIDTH, true), scale(months)]];
  let total = 40;
  for (const bar of block.bars) {
    const label = styled(bar.label, TEXT.ganttLabel, LABEL_WIDTH);
    const height = label.lines.length * LABEL_LINE + 2 * ROW_PAD;
    total += height;
    body.push([{ ...label, margin: [0, ROW_PAD, 0, ROW_PAD] }, { kind: 'canvas', shapes: barCanvas(bar, months, height) }]);
  }
  const table: Node = {
    kind: 'table', headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: [LABEL_WIDTH, TIMELINE_WIDTH], body, layout: GANTT_LAYOUT,
  };
  return captioned(block.caption, stack([table, legend()]), total, { role: 'Figure', alt: ganttAlt(block, months) });
}

/** What the chart shows, for whoever cannot see it: each activity with its months and milestone. */
function ganttAlt(block: GanttBlock, months: number): string {
  const bars = block.bars.map((b) => {
    const start = Math.min(Math.max(1, Math.round(b.start)), months);
    const end = Math.min(Math.max(start, Math.round(b.end)), months);
    return `${b.label}: ${start === end ? `mese ${start}` : `mesi ${start}–${end}`}${b.milestone ? ', con milestone' : ''}`;
  });
  return `Diagramma di Gantt, ${months} mesi. ${bars.join('; ')}.`;
}
