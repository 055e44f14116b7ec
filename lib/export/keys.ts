import type { BackupTable } from '@/lib/schemas/backup';

/**
 * The identity of a record in each table, matching the database's primary keys (lib/db/migrations/v1.ts):
 * videos by id, snapshots by video + capture time, scores by video + objective, shortlist by video, codes by id.
 */
export function recordKey(table: BackupTable, record: unknown): string {
  const r = record as Record<string, unknown>;
  switch (table) {
    case 'videos':
    case 'authorizations':
      return String(r.id);
    case 'shortlist':
      return String(r.videoId);
    case 'snapshots':
      return `${String(r.videoId)}@${String(r.capturedAt)}`;
    case 'scores':
      return `${String(r.videoId)}/${String(r.objective)}`;
  }
}

/** The field that names a record of each table in messages ("videos 7606…", "scores 7606…"). */
export const RECORD_ID_FIELD: Readonly<Record<BackupTable, string>> = {
  videos: 'id',
  snapshots: 'videoId',
  scores: 'videoId',
  shortlist: 'videoId',
  authorizations: 'id',
};
