import type { ExportModel } from '../../../core';
import { sectionContent } from './blocks';
import { coverContent } from './cover';
import { Flow, type LaidOutDocument } from './layout/flow';
import { stack } from './layout/nodes';
import { pageFooter, pageHeader, tocContent } from './page';
import { PAGE_HEIGHT, PAGE_MARGINS, PAGE_WIDTH } from './styles';
import { withSharedText } from './text';

const [left, top, right, bottom] = PAGE_MARGINS;

/**
 * The dossier laid out on A4 pages: cover, table of contents, then every section on a new page,
 * with the running header and the page numbers; with `tagged` its logical structure (layout/structure.ts).
 */
export function layoutDossier(model: ExportModel, tagged: boolean): LaidOutDocument {
  return withSharedText(() => {
    const content = stack([coverContent(model), tocContent(model.sections), ...model.sections.map(sectionContent)]);
    return Flow.layout({ width: PAGE_WIDTH, height: PAGE_HEIGHT, margins: { left, top, right, bottom } }, content, pageHeader(model.header), pageFooter, tagged);
  });
}
