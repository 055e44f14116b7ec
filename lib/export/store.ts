import type { SparkScoutDb } from '@/lib/db/db';
import { writeBundle } from '@/lib/db/bundle';
import { checkAll, rawId, type BadRecord } from '@/lib/db/validate';
import { BACKUP_TABLES, backupRecordSchemas, type Backup, type BackupTable } from '@/lib/schemas/backup';
import type { Settings } from '@/lib/schemas/settings';
import { buildBackup } from './backup';
import { sameValue } from './equal';
import type { RecordSet } from './incoming';
import { recordKey, RECORD_ID_FIELD } from './keys';
import type { RestorePlan } from './restore';

/**
 * The database side of backup and restore: reads records out, writes a confirmed plan in. Extension pages only
 * (the export rows for a CSV are read by ./export-rows.ts).
 */

const tablesOf = (db: SparkScoutDb) => ({
  videos: db.videos,
  snapshots: db.snapshots,
  scores: db.scores,
  shortlist: db.shortlist,
  authorizations: db.authorizations,
});

/** Every record as the contracts describe them (shortlist without its derived summary); unreadable ones apart. */
export async function readRecordSet(
  db: SparkScoutDb,
  settings: Settings | null = null,
): Promise<{ records: RecordSet; unreadable: BadRecord[] }> {
  const tables = tablesOf(db);
  const records = { settings } as RecordSet;
  const unreadable: BadRecord[] = [];
  await db.transaction('r', Object.values(tables), async () => {
    for (const t of BACKUP_TABLES) {
      const raws: unknown[] = await tables[t].toArray();
      const { values, bad } = checkAll(
        backupRecordSchemas[t],
        raws,
        (v, i) => `${t} ${rawId(v, RECORD_ID_FIELD[t], `#${i}`)}`,
      );
      (records as unknown as Record<BackupTable, unknown[]>)[t] = values;
      unreadable.push(...bad);
    }
  });
  return { records, unreadable };
}

/**
 * The backup of this profile. Records that no longer parse cannot be restored either, so they are left out and
 * returned in `unreadable` for the UI to mention.
 */
export async function readBackup(
  db: SparkScoutDb,
  settings: Settings | null = null,
  now: number = db.now(),
): Promise<{ backup: Backup; unreadable: BadRecord[] }> {
  const { records, unreadable } = await readRecordSet(db, settings);
  return { backup: buildBackup(records, now), unreadable };
}

/** The plan no longer matches the database (another tab changed a record since the preview): preview again. */
export class StalePlanError extends Error {
  override name = 'StalePlanError';
}

async function assertBasis(db: SparkScoutDb, plan: RestorePlan): Promise<void> {
  const tables = tablesOf(db);
  for (const t of BACKUP_TABLES) {
    const writes = plan.writes[t] as unknown[];
    if (writes.length === 0) continue;
    const keys = writes.map((r) => dbKey(t, r));
    const stored = await (tables[t] as unknown as { bulkGet(keys: unknown[]): Promise<unknown[]> }).bulkGet(keys);
    writes.forEach((r, i) => {
      const parsed = backupRecordSchemas[t].safeParse(stored[i]);
      const now = parsed.success ? parsed.data : null;
      const expected = plan.basis[t].get(recordKey(t, r)) ?? null;
      if (!sameValue(now, expected)) {
        throw new StalePlanError(
          `The shortlist changed since the preview (${t} ${recordKey(t, r)}); preview the file again.`,
        );
      }
    });
  }
}

function dbKey(table: BackupTable, record: unknown): unknown {
  const r = record as Record<string, unknown>;
  if (table === 'snapshots') return [r.videoId, r.capturedAt];
  if (table === 'scores') return [r.videoId, r.objective];
  return table === 'shortlist' ? r.videoId : r.id;
}

export interface ApplyOptions {
  /**
   * Saves restored settings. Settings live in extension storage, not IndexedDB, so they cannot share the records'
   * transaction: this runs only after the records are committed, and is skipped when they fail. So a rejection
   * from here comes with the records already written: not "nothing was written" (lib/ui/backup-restore.ts keeps a
   * failed settings save apart and reports it beside the records).
   */
  saveSettings?: (settings: Settings) => Promise<void>;
}

/**
 * Writes a confirmed plan in one transaction: every record or none. Before writing, each record the plan replaces
 * is read again and compared with what the preview saw; any difference aborts with StalePlanError.
 */
export async function applyRestore(
  db: SparkScoutDb,
  plan: RestorePlan,
  opts: ApplyOptions = {},
): Promise<{ written: number }> {
  const written = plan.changes - (plan.settings ? 1 : 0);
  if (written > 0) {
    await db.transaction('rw', [...Object.values(tablesOf(db)), db.creators], async () => {
      await assertBasis(db, plan);
      await writeBundle(db, {
        videos: plan.writes.videos,
        snapshots: plan.writes.snapshots,
        scores: plan.writes.scores,
        entries: plan.writes.shortlist,
        authorizations: plan.writes.authorizations,
      });
    });
  }
  if (plan.settings && opts.saveSettings) await opts.saveSettings(plan.settings);
  return { written };
}
