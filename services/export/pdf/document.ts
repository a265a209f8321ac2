import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ExportModel } from '../../../core';
import { sectionContent } from './blocks';
import { coverContent } from './cover';
import { FONT } from './fonts';
import { pageFooter, pageHeader, tocContent } from './page';
import { pdfaOptions } from './pdfa';
import { COLOR, FONT_SIZE, LINE_HEIGHT, PAGE_MARGINS, STYLES } from './styles';

/**
 * The pdfmake definition of the dossier: cover, table of contents, then every section on a new
 * page, on A4 with the running header and the page numbers, as a PDF/A-2b document.
 */
export function dossierDefinition(model: ExportModel): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    ...pdfaOptions(model.meta),
    header: pageHeader(model.header),
    footer: pageFooter,
    defaultStyle: { font: FONT, fontSize: FONT_SIZE.body, lineHeight: LINE_HEIGHT, color: COLOR.text },
    styles: STYLES,
    content: [coverContent(model), tocContent(), ...model.sections.map(sectionContent)],
  };
}
