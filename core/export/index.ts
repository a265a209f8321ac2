export { buildExportModel } from './build';
export type { Block, ChartBar, ExportModel, ExportSection, GanttBar, TableColumn } from './model';
export { formatDate } from './format';
export { buildModuleSummary, buildPartnerSummary, SUMMARY_MAX_ROWS, type PartnerSummaryModel, type SummaryLimits, type SummaryRequest } from './partner-summary';
export { contributionBlocks, signerText } from './partner-contribution';
