export { buildExportModel } from './build';
export type { Block, ChartBar, ExportModel, ExportSection, GanttBar, TableColumn } from './model';
export { formatDate } from './format';
