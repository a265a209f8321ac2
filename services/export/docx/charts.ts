import { BorderStyle, Paragraph, type FileChild } from 'docx';
import type { Block } from '../../../core';
import { cell, LazyTable, row, shareWidth, table, type CellSpec, type RowSpec } from './cells';
import { caption } from './tables';
import { runs } from './text';
import { COLOR, KEEP_TOGETHER_ROWS, SIZE, STYLE, TEXT_WIDTH } from './theme';

type GanttBlock = Extract<Block, { kind: 'gantt' }>;
type BarsBlock = Extract<Block, { kind: 'bars' }>;

/** U+2666 is in Arial and in every Word fallback font, unlike the geometric ◆. */
export const MILESTONE = '♦';
const LABEL_WIDTH = 2500;
const PERIOD_WIDTH = 700;
/** Below this a month column cannot hold two digits, so only every sixth month is numbered. */
const NUMBERED_MONTH_WIDTH = 160;
/** Resolution of the bar charts: a bar is a run of this many table columns at most. */
const BAR_STEPS = 40;
const BAR_LABEL_WIDTH = 3000;
const BAR_VALUE_WIDTH = 1900;

const note = (text: string): Paragraph => new Paragraph({ style: STYLE.cell, spacing: { before: 60, after: 160 }, children: runs(text, { italics: true, color: COLOR.muted }) });

/**
 * The Gantt chart as a table: one row per activity, one narrow column per month, shaded where the
 * activity runs, a diamond in its last month if it is a milestone. It stays a plain table, so an
 * officer can still move an activity in Word by shading other cells.
 */
export function ganttTable(block: GanttBlock): Array<FileChild | LazyTable> {
  const months = Math.max(1, Math.floor(block.months));
  const monthWidths = shareWidth(Array.from({ length: months }, () => 1), TEXT_WIDTH - LABEL_WIDTH - PERIOD_WIDTH);
  const widths = [LABEL_WIDTH, PERIOD_WIDTH, ...monthWidths];
  const narrow = (monthWidths[0] ?? 0) < NUMBERED_MONTH_WIDTH;
  const monthCell = (m: number, spec: { text: string; fill?: string; bold?: boolean; color?: string }): { spec: CellSpec } =>
    ({ spec: { ...spec, width: monthWidths[m - 1] ?? 0, align: 'center', size: SIZE.gantt, tight: true } });
  // A short plan is read as a whole, so it stays on one page; a long one breaks, its header repeated.
  const keep = (n: number) => block.bars.length <= KEEP_TOGETHER_ROWS && n < block.bars.length - 1;
  function* rows(): Generator<RowSpec> {
    yield {
      cells: [
        { spec: { text: 'Attività', width: LABEL_WIDTH, bold: true, fill: COLOR.headerFill } },
        { spec: { text: 'Mesi', width: PERIOD_WIDTH, bold: true, fill: COLOR.headerFill, align: 'center' } },
        ...Array.from({ length: months }, (_, i) => monthCell(i + 1, { text: !narrow || i === 0 || (i + 1) % 6 === 0 ? String(i + 1) : '', fill: COLOR.headerFill, bold: true })),
      ],
      options: { tableHeader: true, keepNext: true },
    };
    for (let n = 0; n < block.bars.length; n++) {
      const bar = block.bars[n];
      if (!bar) continue;
      yield {
        cells: [
          { spec: { text: bar.label, width: LABEL_WIDTH } },
          { spec: { text: `${bar.start}–${bar.end}`, width: PERIOD_WIDTH, align: 'center' } },
          ...Array.from({ length: months }, (_, i) => {
            const m = i + 1;
            const active = m >= bar.start && m <= bar.end;
            return monthCell(m, { text: bar.milestone && m === bar.end ? MILESTONE : '', ...(active ? { fill: COLOR.bar, color: 'FFFFFF' } : {}), bold: true });
          }),
        ],
        options: { keepNext: keep(n) },
      };
    }
  }
  const legend = `Le celle colorate sono i mesi in cui l'attività si svolge; ${MILESTONE} indica una milestone, nel mese in cui si conclude.`;
  return [caption(block.caption), new LazyTable(rows, widths), note(legend)];
}

const barBorders = (() => {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  // White horizontal rules keep a gap between bars, like the PDF's chart.
  const gap = { style: BorderStyle.SINGLE, size: 16, color: 'FFFFFF' };
  return { top: none, bottom: none, left: none, right: none, insideVertical: none, insideHorizontal: gap };
})();

/**
 * A bar chart as a table: the label, a shaded run of columns as long as the value is in
 * proportion to the largest, and the value as printed in the model.
 */
export function barsTable(block: BarsBlock): FileChild[] {
  const stepWidths = shareWidth(Array.from({ length: BAR_STEPS }, () => 1), TEXT_WIDTH - BAR_LABEL_WIDTH - BAR_VALUE_WIDTH);
  const widths = [BAR_LABEL_WIDTH, ...stepWidths, BAR_VALUE_WIDTH];
  const max = Math.max(0, ...block.bars.map((b) => b.value));
  const spanWidth = (from: number, count: number) => stepWidths.slice(from, from + count).reduce((s, w) => s + w, 0);
  const rows = block.bars.map((bar, n) => {
    const ratio = max > 0 && bar.value > 0 ? bar.value / max : 0;
    // A positive value always shows at least one step, so a small cost is not mistaken for none.
    const steps = ratio > 0 ? Math.max(1, Math.round(ratio * BAR_STEPS)) : 0;
    return row([
      cell({ text: bar.label, width: BAR_LABEL_WIDTH }),
      ...(steps > 0 ? [cell({ text: '', width: spanWidth(0, steps), span: steps, fill: COLOR.bar })] : []),
      ...(steps < BAR_STEPS ? [cell({ text: '', width: spanWidth(steps, BAR_STEPS - steps), span: BAR_STEPS - steps })] : []),
      cell({ text: bar.display, width: BAR_VALUE_WIDTH, align: 'right', bold: true }),
    // A chart is read as a whole: keep it on one page.
    ], { keepNext: n < block.bars.length - 1 });
  });
  return rows.length ? [caption(block.caption), table(rows, widths, barBorders)] : [caption(block.caption), note('Nessun importo da rappresentare.')];
}
