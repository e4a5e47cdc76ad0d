// Tabular imports (CSV/XLSX) of merchants and residences: a table in, a validation report out.

/** A parsed sheet: header cells and data rows as strings (row 1 is the header). */
export interface Table {
  headers: string[];
  rows: string[][];
}

export interface ReportRow {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  column: string;
  problem: string;
  suggestion?: string;
}

export interface ImportReport {
  kind: 'merchants' | 'residences';
  dryRun: boolean;
  totalRows: number;
  /** Rows written (0 when there were problems or on a dry run: all or nothing). */
  inserted: number;
  rows: ReportRow[];
}

export const MAX_IMPORT_ROWS = 20_000;
