import Papa from 'papaparse';
import { yieldToPage } from '@/lib/yield-to-page';
import { EXPORT_COLUMNS } from './columns';
import { cellContext, toCsvCells, type CellContext, type CsvOptions, type ExportRow } from './csv-row';

/** RFC 4180: CRLF between records, fields quoted only when they must be. */
const NEWLINE = '\r\n';
const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';
/**
 * Rows per papaparse call. The chunked export yields to the event loop after each (a few ms of work), and both
 * exports flatten each chunk's text (see flatten) while its rows are still young garbage.
 */
export const CSV_CHUNK_ROWS = 500;

// The formula guard is applied per text cell while building rows (./cells.ts textCell), not by papaparse's
// `escapeFormulae`, which would run a regex over every string cell of the export.
const unparseConfig = { newline: NEWLINE, header: false } as const;

/**
 * Makes V8 copy a concatenated ("cons") string into one flat string now (ToNumber flattens; the flatstr idiom).
 * papaparse builds its output with `+=`, a tree of ~36 pieces per row that keeps every cell string alive; flattened
 * per chunk, the cells die young and the garbage collector stops copying them. The text is unchanged; an engine that
 * does not flatten here just skips the saving.
 */
function flatten(text: string): string {
  void (Number(text) | 0);
  return text;
}

const headerLine = () => Papa.unparse([[...EXPORT_COLUMNS]], unparseConfig);

/** CSV text of rows [start, end), no header, no trailing newline. */
function csvChunk(rows: readonly ExportRow[], start: number, end: number, ctx: CellContext): string {
  const data = new Array<ReturnType<typeof toCsvCells>>(end - start);
  for (let i = start; i < end; i++) data[i - start] = toCsvCells(rows[i]!, ctx);
  return flatten(Papa.unparse(data, unparseConfig));
}

export function exportCsv(rows: readonly ExportRow[], opts: CsvOptions = {}): string {
  const ctx = cellContext(opts);
  let csv = (opts.excelBom ? BOM : '') + headerLine();
  for (let start = 0; start < rows.length; start += CSV_CHUNK_ROWS) {
    csv += NEWLINE + csvChunk(rows, start, Math.min(start + CSV_CHUNK_ROWS, rows.length), ctx);
  }
  return csv;
}

export interface CsvProgress {
  done: number;
  total: number;
}

/**
 * The same text as exportCsv, with a pause between chunks and a progress report after each, for the progress bar of
 * a large export. An aborted signal stops it with the signal's reason.
 */
export async function exportCsvChunked(
  rows: readonly ExportRow[],
  opts: CsvOptions = {},
  onProgress?: (p: CsvProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  const ctx = cellContext(opts);
  let csv = (opts.excelBom ? BOM : '') + headerLine();
  onProgress?.({ done: 0, total: rows.length });
  for (let start = 0; start < rows.length; start += CSV_CHUNK_ROWS) {
    await yieldToPage();
    signal?.throwIfAborted();
    const end = Math.min(start + CSV_CHUNK_ROWS, rows.length);
    csv += NEWLINE + csvChunk(rows, start, end, ctx);
    onProgress?.({ done: end, total: rows.length });
  }
  return csv;
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
