import { useState } from 'react';
import { appDb, type SparkScoutDb } from '@/lib/db';
import { CSV_MIME, csvFileName, exportCsvChunked, type ExportRow } from '@/lib/export';
import { loadExportRows } from '@/lib/export/export-rows';
import { yieldToPage } from '@/lib/yield-to-page';
import type { CsvExportRunner } from '@/components/export/types';
import { downloadBlob, type Download } from './export-download';
import { useSettings } from './settings';

export interface CsvExportDeps {
  db?: SparkScoutDb;
  download?: Download;
  /** The export's clock: the date in the file's name. */
  now?: () => number;
}

/**
 * "Export CSV" for the rows the table shows: reads their records in table order, writes the CSV in chunks (the page
 * keeps painting and the progress bar moves), then downloads `spark-scout-shortlist-YYYY-MM-DD.csv`.
 */
export function csvExportRunner(deps: CsvExportDeps = {}): CsvExportRunner {
  const db = deps.db ?? appDb();
  const download = deps.download ?? downloadBlob;
  return async (request, onProgress, signal) => {
    const { rows, unreadable } = await readRows(db, request.ids, onProgress, signal);
    const now = deps.now?.() ?? Date.now();
    const text = await exportCsvChunked(
      rows,
      { includeCodes: request.includeCodes, excelBom: request.excelBom },
      (p) => onProgress({ stage: 'writing', ...p }),
      signal,
    );
    const fileName = csvFileName(new Date(now));
    download(new Blob([text], { type: CSV_MIME }), fileName);
    return { fileName, rows: rows.length, unreadable };
  };
}

/**
 * Records are read in slices: one read of 10,000 full videos (IndexedDB's copy plus a schema check of each) held the
 * page for half a second at a time in Chromium; slices of 500 with a pause between keep it painting, and move the
 * bar. Each slice is its own read transaction: an edit made mid-export lands in the file or not, row by row.
 */
const READ_SLICE = 500;

async function readRows(
  db: SparkScoutDb,
  ids: readonly string[],
  onProgress: Parameters<CsvExportRunner>[1],
  signal: AbortSignal,
): Promise<{ rows: ExportRow[]; unreadable: number }> {
  const rows: ExportRow[] = [];
  let unreadable = 0;
  onProgress({ stage: 'reading', done: 0, total: ids.length });
  for (let start = 0; start < ids.length; start += READ_SLICE) {
    const slice = await loadExportRows(db, ids.slice(start, start + READ_SLICE));
    for (const row of slice.rows) rows.push(row);
    unreadable += slice.unreadable.length;
    const done = Math.min(start + READ_SLICE, ids.length);
    onProgress({ stage: 'reading', done, total: ids.length });
    await yieldToPage();
    signal.throwIfAborted();
  }
  return { rows, unreadable };
}

/** The runner and the saved "Include authorization codes" default (false until the settings are read). */
export function useCsvExport(deps: CsvExportDeps = {}): { run: CsvExportRunner; defaultIncludeCodes: boolean } {
  const [run] = useState(() => csvExportRunner(deps));
  const settings = useSettings();
  return { run, defaultIncludeCodes: settings?.settings.includeCodesInExport ?? false };
}
