import type { RestorePreview } from '@/lib/export';

/** One "Export CSV" as the user asked for it: which rows, in table order, and the two options. */
export interface CsvExportRequest {
  ids: readonly string[];
  includeCodes: boolean;
  excelBom: boolean;
}

/** Where a running export is: reading the records, then writing rows, each chunk by chunk. */
export interface CsvExportProgress {
  stage: 'reading' | 'writing';
  done: number;
  total: number;
}

export interface CsvExportResult {
  fileName: string;
  /** Rows written (header not counted). */
  rows: number;
  /** Selected records that no longer read and were left out. */
  unreadable: number;
}

/** Reads, writes and downloads the CSV; rejects with the signal's reason when aborted. */
export type CsvExportRunner = (
  request: CsvExportRequest,
  onProgress: (progress: CsvExportProgress) => void,
  signal: AbortSignal,
) => Promise<CsvExportResult>;

/** "Download backup (JSON)": where it is. */
export type BackupView =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; fileName: string; videos: number; unreadable: number }
  | { phase: 'error'; message: string };

/**
 * Restore replaces this profile's data with the newer of each record and may bring back settings; import merges a
 * teammate's shortlist and keeps this profile's settings.
 */
export type RestoreMode = 'restore' | 'import';

export interface RestoreSummary {
  mode: RestoreMode;
  preview: RestorePreview;
  /** Records the plan writes (settings count as one); 0 means applying would change nothing. */
  changes: number;
}

/**
 * How far an apply is: first the stored records the file replaces are compared with what the preview saw
 * (`checking`, in records; skipped when it replaces none), then the file's records are written (`writing`, in videos).
 */
export interface RestoreProgress {
  stage: 'checking' | 'writing';
  done: number;
  total: number;
}

/**
 * An apply's progress as a small store that only the progress bar reads: the apply reports after every slice, and
 * the page that holds the restore's state (the whole dashboard) does not re-render each time. null before the first.
 */
export interface RestoreProgressSource {
  get: () => RestoreProgress | null;
  subscribe: (listener: () => void) => () => void;
}

/** "Restore from file…" / "Import teammate's shortlist": pick, check, preview, then apply or cancel. */
export type RestoreView =
  | { phase: 'idle'; note?: string }
  | { phase: 'reading'; mode: RestoreMode; file: string }
  | { phase: 'failed'; mode: RestoreMode; message: string }
  | ({ phase: 'preview' } & RestoreSummary)
  | ({ phase: 'applying'; progress: RestoreProgressSource } & RestoreSummary)
  | ({
      phase: 'applied';
      written: number;
      settingsSaved: boolean;
      /** The records are in but saving the file's settings failed (storage full): why. */
      settingsError?: string;
    } & RestoreSummary)
  | { phase: 'stale'; mode: RestoreMode; file: string; message: string }
  | { phase: 'error'; mode: RestoreMode; message: string };

/** The file picked for a restore or import: what the panel hands its wiring (a DOM File in the page). */
export type PickedFile = File;
