/**
 * The export model: the dossier as structured, already formatted Italian text. The PDF and DOCX
 * renderers only lay it out, so both say exactly the same things.
 */
export type Block =
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Label and value pairs (e.g. the lead body's data). */
  | { readonly kind: 'fields'; readonly rows: ReadonlyArray<readonly [string, string]> }
  | { readonly kind: 'table'; readonly caption: string; readonly columns: readonly TableColumn[]; readonly rows: ReadonlyArray<readonly string[]>; readonly footer?: readonly string[] }
  | { readonly kind: 'gantt'; readonly caption: string; readonly months: number; readonly bars: readonly GanttBar[] }
  | { readonly kind: 'bars'; readonly caption: string; readonly bars: readonly ChartBar[] };

export interface TableColumn {
  readonly title: string;
  readonly align?: 'left' | 'right';
  /** Relative width (the renderers share out the page width). */
  readonly weight?: number;
}

export interface GanttBar {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly milestone: boolean;
}

export interface ChartBar {
  readonly label: string;
  readonly value: number;
  /** The value as printed, e.g. "120.000,00 €". */
  readonly display: string;
}

export interface ExportSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface ExportModel {
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly keywords: string;
    /** ISO time of the proposal's last change: the same proposal gives the same document. */
    readonly modified: string;
    readonly documentId: string;
    readonly documentVersion: string;
  };
  readonly cover: {
    readonly call: string;
    readonly act: string;
    readonly programme: string;
    readonly body: string;
    readonly bodyKind: string;
    readonly title: string;
    readonly acronym: string;
    readonly cup: string;
    readonly date: string;
    readonly version: string;
  };
  /** Running header of every page after the cover. */
  readonly header: string;
  readonly sections: readonly ExportSection[];
}
