/**
 * The one-page summary of a partner's contribution (core's buildPartnerSummary) as PDF/A-2b, laid out
 * with the dossier's paginator and blocks, so it looks like the dossier and says what core says.
 */
import type { PartnerSummaryModel, SummaryLimits } from '../../../core';
import { SUMMARY_MAX_ROWS } from '../../../core';
import { blockContent } from './blocks';
import { Flow, type LaidOutDocument } from './layout/flow';
import { stack, type Node } from './layout/nodes';
import { paintDocument } from './paint';
import { completePdfA, pdfaOptions } from './pdfa';
import { CONTENT_WIDTH, PAGE_HEIGHT, PAGE_MARGINS, PAGE_WIDTH } from './styles';
import { TEXT, styled, textLine, withSharedText } from './text';

/** The dossier's side margins (its blocks are measured for that width); less room above and below: one page, no running header. */
const MARGINS = { left: PAGE_MARGINS[0], top: 40, right: PAGE_MARGINS[2], bottom: 40 };

const signatureBox = (text: string): Node => ({
  kind: 'stack',
  margin: [0, 14, 0, 0],
  items: [
    { ...styled(text, TEXT.label, CONTENT_WIDTH, true), margin: [0, 0, 0, 26] },
    { kind: 'canvas', shapes: [{ type: 'line', x1: CONTENT_WIDTH / 2, y1: 0, x2: CONTENT_WIDTH, y2: 0, width: 0.5, color: '#5C6F82' }] },
  ],
});

export function layoutPartnerSummary(model: PartnerSummaryModel): LaidOutDocument {
  return withSharedText(() => {
    const content = stack([
      { ...styled(model.title, TEXT.h1, CONTENT_WIDTH, true), margin: [0, 0, 0, 8] },
      ...model.blocks.map(blockContent),
      signatureBox(model.signature),
    ]);
    const footer = (page: number, count: number): Node => ({
      kind: 'text',
      lines: [textLine(`${model.footer} · pagina ${page} di ${count}`, TEXT.pageFooter)],
      margin: [MARGINS.left, 16, MARGINS.right, 0],
    });
    return Flow.layout({ width: PAGE_WIDTH, height: PAGE_HEIGHT, margins: MARGINS }, content, () => null, footer);
  });
}

/**
 * The summary as PDF/A-2b bytes, on one page: `build` makes the model with at most so many rows per
 * list; while the page overflows (long names or texts wrap) the lists are cut shorter, down to two
 * rows each. The same input gives the same bytes.
 */
export async function renderPartnerSummaryPdf(build: (limits: SummaryLimits) => PartnerSummaryModel): Promise<Uint8Array> {
  let limits = SUMMARY_MAX_ROWS;
  let model = build(limits);
  let laid = layoutPartnerSummary(model);
  while (laid.pages.length > 1 && (limits.banche > 2 || limits.voci > 2)) {
    // One row at a time, the longer list first.
    limits = limits.voci > limits.banche + 2 || limits.banche <= 2 ? { ...limits, voci: limits.voci - 1 } : { ...limits, banche: limits.banche - 1 };
    model = build(limits);
    laid = layoutPartnerSummary(model);
  }
  return paintDocument(laid, { width: PAGE_WIDTH, height: PAGE_HEIGHT }, pdfaOptions(model.meta), (doc) => completePdfA(doc, model.meta));
}
