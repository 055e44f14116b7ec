import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  backupEnvelopeSchema,
  backupRecordSchemas,
  type Backup,
} from '@/lib/schemas/backup';
import { settingsSchema } from '@/lib/schemas/settings';
import { migrateSettings } from '@/lib/settings';
import { check, rawId } from '@/lib/db/validate';
import { migrateBackup } from './backup-migrate';
import { emptyRecordSet, importFailure, type ImportResult, type Incoming, type RecordSet } from './incoming';
import { parseJsonText } from './json-text';
import { recordKey, RECORD_ID_FIELD } from './keys';

/** The backup file for a set of records: the current format version, stamped with when it was written. */
export function buildBackup(records: RecordSet, now: number = Date.now()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    videos: records.videos,
    snapshots: records.snapshots,
    scores: records.scores,
    shortlist: records.shortlist,
    authorizations: records.authorizations,
    settings: records.settings,
  };
}

/** Compact JSON: 10,000 videos are tens of MB, and indentation would add a third. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

export const BACKUP_MIME = 'application/json';

function envelopeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'is JSON but not a Spark Scout backup.';
  const format = (value as Record<string, unknown>).format;
  if (format !== BACKUP_FORMAT) return `is JSON but not a Spark Scout backup (no "format": "${BACKUP_FORMAT}").`;
  const envelope = backupEnvelopeSchema.safeParse(value);
  if (!envelope.success) return 'is a Spark Scout backup without a valid format version.';
  if (envelope.data.version > BACKUP_VERSION) {
    return `was written by a newer Spark Scout (backup format ${envelope.data.version}; this version reads up to ${BACKUP_VERSION}). Update the extension, then restore again.`;
  }
  return null;
}

/**
 * Reads a backup of any format version: envelope, migration to the current version, then record by record, so a
 * bad record is listed (table, index, id, reason) and the rest still restore. Duplicated keys keep the first.
 */
export function parseBackup(text: string, file: string): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return importFailure(file, 'the file is empty.');
  const json = parseJsonText(body);
  if (!json.ok) return importFailure(file, json.message);
  const problem = envelopeProblem(json.value);
  if (problem) return importFailure(file, problem);
  const version = (json.value as { version: number }).version;
  const raw = migrateBackup(json.value as Record<string, unknown>, version);

  const out: Incoming = { ...emptyRecordSet(), file, kind: 'backup', formatVersion: version, invalid: [] };
  for (const table of BACKUP_TABLES) {
    const records = raw[table] ?? [];
    if (!Array.isArray(records)) return importFailure(file, `"${table}" is not a list: the backup is damaged.`);
    const seen = new Map<string, number>();
    records.forEach((record: unknown, index) => {
      const id = rawId(record, RECORD_ID_FIELD[table], '');
      const where = { file, record: { table, index }, ...(id ? { id } : {}) };
      const checked = check(backupRecordSchemas[table], record, id);
      if (!checked.ok) return void out.invalid.push({ where, reason: checked.reason });
      const key = recordKey(table, checked.value);
      const first = seen.get(key);
      if (first !== undefined) {
        return void out.invalid.push({
          where,
          reason: `same ${table} key as record ${first + 1}; only the first is restored`,
        });
      }
      seen.set(key, index);
      (out[table] as unknown[]).push(checked.value);
    });
  }
  if (raw.settings !== null && raw.settings !== undefined) {
    // Settings carry their own version (lib/settings.ts): an older one is migrated like stored settings are.
    const stored = raw.settings;
    const migrated =
      typeof stored === 'object' && !Array.isArray(stored)
        ? migrateSettings(stored as Record<string, unknown>)
        : stored;
    const settings = check(settingsSchema, migrated, 'settings');
    if (settings.ok) out.settings = settings.value;
    else out.invalid.push({ where: { file, id: 'settings' }, reason: `settings not restored: ${settings.reason}` });
  }
  return { ok: true, incoming: out };
}
