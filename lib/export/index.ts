/**
 * CSV export and import, JSON backup and restore: the pure part, safe for components. The database side
 * (readBackup, applyRestore in '@/lib/export/store'; loadExportRows in '@/lib/export/export-rows') is for
 * extension-page hooks only.
 */
export { EXPORT_COLUMNS, type ExportColumn } from './columns';
export { exportCsv, exportCsvChunked, csvFileName, backupFileName, CSV_MIME, type CsvProgress } from './csv';
export { toCsvCells, type CsvOptions, type ExportRow } from './csv-row';
export { parseShortlistCsv } from './csv-import';
export { CSV_SCORING_VERSION, type CsvRecordOptions } from './csv-records';
export { buildBackup, parseBackup, serializeBackup, BACKUP_MIME } from './backup';
export { readImportFile, MAX_BACKUP_BYTES, MAX_CSV_BYTES, type ImportFile } from './file';
export {
  describeInvalid,
  describeWhere,
  emptyRecordSet,
  type ImportResult,
  type Incoming,
  type InvalidItem,
  type RecordSet,
} from './incoming';
export { planRestore, type RestorePlan, type RestorePreview } from './restore';
