import type { Authorization } from '@/lib/schemas/authorization';
import type { ScoreResult } from '@/lib/schemas/score';
import type { Settings } from '@/lib/schemas/settings';
import type { ShortlistEntry, StatsSnapshot } from '@/lib/schemas/shortlist';
import type { VideoRecord } from '@/lib/schemas/video';

/** Everything a backup holds, or what the database holds now: plain arrays, no Dexie. */
export interface RecordSet {
  videos: VideoRecord[];
  snapshots: StatsSnapshot[];
  scores: ScoreResult[];
  shortlist: ShortlistEntry[];
  authorizations: Authorization[];
  /** null: not part of this set (a CSV, a backup written without settings). */
  settings: Settings | null;
}

export const emptyRecordSet = (): RecordSet => ({
  videos: [],
  snapshots: [],
  scores: [],
  shortlist: [],
  authorizations: [],
  settings: null,
});

/** Where a problem is, precisely enough for a person to open the file and find it. */
export interface Where {
  file: string;
  /** CSV: the line the record starts on (1 = the header). */
  line?: number;
  /** JSON backup: the table and the 0-based index of the record in it. */
  record?: { table: string; index: number };
  /** The record's id when it could be read (video id, authorization id). */
  id?: string;
}

export interface InvalidItem {
  where: Where;
  reason: string;
}

/** "team.csv, line 12" · "backup.json, shortlist record 3 (7606836476323597588)". */
export function describeWhere(where: Where): string {
  const parts = [where.file];
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.record) parts.push(`${where.record.table} record ${where.record.index + 1}`);
  return parts.join(', ') + (where.id ? ` (${where.id})` : '');
}

export function describeInvalid(item: InvalidItem): string {
  return `${describeWhere(item.where)}: ${item.reason}`;
}

/**
 * A file read for a restore or a teammate import: its records (valid ones only) and every record it could not use.
 * `kind` decides the merge rules (lib/export/restore.ts): a CSV is a lossy copy, so it only adds what is missing.
 */
export interface Incoming extends RecordSet {
  file: string;
  kind: 'backup' | 'csv';
  /** Backup format version the file was written in, before migration; null for a CSV. */
  formatVersion: number | null;
  invalid: InvalidItem[];
}

/** A file that cannot be read at all (wrong type, truncated, too large): one message, nothing to preview. */
export interface ImportFailure {
  ok: false;
  file: string;
  message: string;
}

export type ImportResult = { ok: true; incoming: Incoming } | ImportFailure;

export function importFailure(file: string, message: string): ImportFailure {
  return { ok: false, file, message: `${file}: ${message}` };
}
