import { useState } from 'react';
import { appDb, type SparkScoutDb } from '@/lib/db';
import { CSV_MIME, csvFileName, exportCsvChunked } from '@/lib/export';
import { loadExportRows } from '@/lib/export/export-rows';
import type { CsvExportRunner } from '@/components/export/types';
import { downloadBlob, type Download } from './export-download';
import { useSettings } from './settings';

export interface CsvExportDeps {
  db?: SparkScoutDb;
  download?: Download;
  /** The export's clock: the file's date and each code's status (expiring, expired) at export time. */
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
    onProgress({ stage: 'reading', total: request.ids.length });
    const { rows, unreadable } = await loadExportRows(db, request.ids);
    signal.throwIfAborted();
    const now = deps.now?.() ?? Date.now();
    const text = await exportCsvChunked(
      rows,
      { includeCodes: request.includeCodes, excelBom: request.excelBom, now },
      (p) => onProgress({ stage: 'writing', ...p }),
      signal,
    );
    const fileName = csvFileName(new Date(now));
    download(new Blob([text], { type: CSV_MIME }), fileName);
    return { fileName, rows: rows.length, unreadable: unreadable.length };
  };
}

/** The runner and the saved "Include authorization codes" default (false until the settings are read). */
export function useCsvExport(deps: CsvExportDeps = {}): { run: CsvExportRunner; defaultIncludeCodes: boolean } {
  const [run] = useState(() => csvExportRunner(deps));
  const settings = useSettings();
  return { run, defaultIncludeCodes: settings?.settings.includeCodesInExport ?? false };
}
