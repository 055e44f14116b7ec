import Papa from 'papaparse';
import { FORMULA_RE } from './cells';
import { EXPORT_COLUMNS } from './columns';
import { cellContext, toCsvCells, type CsvOptions, type ExportRow } from './csv-row';

/** RFC 4180: CRLF between records, fields quoted only when they must be. */
const NEWLINE = '\r\n';
const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';
/** Rows per step of the chunked export: ~10 ms of work, so the page keeps answering input between steps. */
export const CSV_CHUNK_ROWS = 1000;

const unparseConfig = { newline: NEWLINE, escapeFormulae: FORMULA_RE } as const;

const headerLine = () => Papa.unparse([[...EXPORT_COLUMNS]], { ...unparseConfig, header: false });

export function exportCsv(rows: readonly ExportRow[], opts: CsvOptions = {}): string {
  const ctx = cellContext(opts);
  const data = rows.map((r) => toCsvCells(r, ctx));
  // papaparse turns `{ fields, data: [] }` into the header plus one empty record; an empty export is the header alone.
  const csv = data.length ? Papa.unparse({ fields: [...EXPORT_COLUMNS], data }, unparseConfig) : headerLine();
  return (opts.excelBom ? BOM : '') + csv;
}

export interface CsvProgress {
  done: number;
  total: number;
}

/** Lets the event loop run (input, paint) between chunks. */
const yieldToLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same bytes as exportCsv, built CSV_CHUNK_ROWS at a time with a pause between chunks and a progress report
 * after each, for the progress bar of a large export. An aborted signal stops it with the signal's reason.
 */
export async function exportCsvChunked(
  rows: readonly ExportRow[],
  opts: CsvOptions = {},
  onProgress?: (p: CsvProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  const ctx = cellContext(opts);
  const parts = [(opts.excelBom ? BOM : '') + headerLine()];
  onProgress?.({ done: 0, total: rows.length });
  for (let start = 0; start < rows.length; start += CSV_CHUNK_ROWS) {
    await yieldToLoop();
    signal?.throwIfAborted();
    const data = rows.slice(start, start + CSV_CHUNK_ROWS).map((r) => toCsvCells(r, ctx));
    parts.push(Papa.unparse(data, { ...unparseConfig, header: false }));
    onProgress?.({ done: Math.min(start + CSV_CHUNK_ROWS, rows.length), total: rows.length });
  }
  return parts.join(NEWLINE);
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `spark-scout-shortlist-YYYY-MM-DD.csv`, the user's local date (the day they see on their calendar). */
export function csvFileName(date: Date = new Date()): string {
  return `spark-scout-shortlist-${localDate(date)}.csv`;
}

/** `spark-scout-backup-YYYY-MM-DD.json`. */
export function backupFileName(date: Date = new Date()): string {
  return `spark-scout-backup-${localDate(date)}.json`;
}
