import { z } from 'zod/mini';
import { authorizationSchema } from './authorization';
import { objectiveSchema, scoreResultSchema } from './score';
import { settingsSchema } from './settings';
import { shortlistEntrySchema, shortlistStatusSchema, statsSnapshotSchema } from './shortlist';
import { videoIdSchema, videoRecordSchema } from './video';

/**
 * The JSON backup file ("Back up" / "Restore" in the dashboard, also what a teammate shares). A file is read
 * record by record (lib/export/backup.ts) so one bad record is listed with its index instead of rejecting the
 * whole file; these schemas describe each version, and lib/export/backup-migrate.ts lifts older ones to the current.
 *
 * Version history:
 * - v1 (development builds, before the authorization ledger): no `authorizations`, no `settings`; a shortlist entry
 *   kept its tags as one comma-separated string and had a single `updatedAt` for every field.
 * - v2 (current): tags are a list; each entry has statusUpdatedAt / noteUpdatedAt / tagsUpdatedAt so a merge keeps
 *   the newer edit of each field; the ledger and the settings are included (`settings` is null when not exported).
 */

export const BACKUP_FORMAT = 'spark-scout-backup';
export const BACKUP_VERSION = 2;

/** What every version shares: enough to tell a backup from any other JSON and to pick its migration. */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().check(z.int(), z.gte(1)),
});

export const backupV2Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  /** ISO 8601 UTC, when the file was written. */
  exportedAt: z.iso.datetime(),
  videos: z.array(videoRecordSchema),
  snapshots: z.array(statsSnapshotSchema),
  scores: z.array(scoreResultSchema),
  shortlist: z.array(shortlistEntrySchema),
  authorizations: z.array(authorizationSchema),
  settings: z.nullable(settingsSchema),
});
export type Backup = z.infer<typeof backupV2Schema>;

/** The record tables of a backup (everything but the envelope and settings), in the order they are written. */
export const BACKUP_TABLES = ['videos', 'snapshots', 'scores', 'shortlist', 'authorizations'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** The schema of one record of each table in the current version. */
export const backupRecordSchemas = {
  videos: videoRecordSchema,
  snapshots: statsSnapshotSchema,
  scores: scoreResultSchema,
  shortlist: shortlistEntrySchema,
  authorizations: authorizationSchema,
} as const;

/** v1 shortlist entry: `tags` is "a, b, c"; one `updatedAt` for status, note and tags alike. */
export const shortlistEntryV1Schema = z.object({
  videoId: videoIdSchema,
  status: shortlistStatusSchema,
  tags: z.string(),
  note: z.string(),
  objective: objectiveSchema,
  handle: z.string(),
  shortlistedAt: z.number(),
  updatedAt: z.number(),
});
export type ShortlistEntryV1 = z.infer<typeof shortlistEntryV1Schema>;

export const backupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  videos: z.array(videoRecordSchema),
  snapshots: z.array(statsSnapshotSchema),
  scores: z.array(scoreResultSchema),
  shortlist: z.array(shortlistEntryV1Schema),
});
export type BackupV1 = z.infer<typeof backupV1Schema>;
