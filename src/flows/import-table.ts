// Reads an uploaded CSV or XLSX file into a Table of strings (Chinese headers welcome; UTF-8 with or
// without BOM for CSV, the first worksheet for XLSX).
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ImportsError, type Table } from '../core/imports';

const MAX_BYTES = 10 * 1024 * 1024;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
  }
  return String(v);
}

function trimTable(headers: string[], rows: string[][]): Table {
  const kept = rows.filter((r) => r.some((c) => c.trim() !== ''));
  return { headers: headers.map((h) => h.trim()), rows: kept };
}

/** UTF-8 (with or without BOM); files that are not valid UTF-8 are read as GB18030 (Excel's 中文 CSV). */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export async function readTable(filename: string, bytes: Buffer): Promise<Table> {
  if (bytes.length > MAX_BYTES) throw new ImportsError('Q_IMPORTS_UNREADABLE_FILE', 'file larger than 10 MB');
  const ext = filename.toLowerCase().split('.').pop();
  if (ext === 'csv') {
    let records: string[][];
    try {
      records = parse(decodeCsv(bytes), {
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
      }) as string[][];
    } catch (err) {
      throw new ImportsError('Q_IMPORTS_UNREADABLE_FILE', `CSV: ${(err as Error).message.slice(0, 200)}`);
    }
    if (records.length === 0) throw new ImportsError('Q_IMPORTS_EMPTY');
    return trimTable(records[0], records.slice(1));
  }
  if (ext === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (err) {
      throw new ImportsError('Q_IMPORTS_UNREADABLE_FILE', `XLSX: ${(err as Error).message.slice(0, 200)}`);
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new ImportsError('Q_IMPORTS_EMPTY');
    const all: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = row.values as ExcelJS.CellValue[];
      all[n - 1] = values.slice(1).map(cellText);
    });
    const dense = Array.from(all, (r) => r ?? []);
    if (dense.length === 0) throw new ImportsError('Q_IMPORTS_EMPTY');
    return trimTable(dense[0], dense.slice(1));
  }
  throw new ImportsError('Q_IMPORTS_UNSUPPORTED_FILE', `"${filename}"`);
}
