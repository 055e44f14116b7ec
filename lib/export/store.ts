import type { SparkScoutDb } from '@/lib/db/db';
import Dexie, { type Table } from 'dexie';
import { bundleScope, writeBundle } from '@/lib/db/bundle';
import { slices } from '@/lib/db/derived';
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

/** Stored records compared per read request. */
const CHECK_SLICE = 1000;

/**
 * Reads again each record the plan replaces and compares it with what the preview saw; any difference throws
 * StalePlanError. A key the preview saw no record at is checked by key alone (the table's keys, one request): into
 * an empty profile nothing is read. Every await is on a Dexie promise (see lib/db/bundle.ts writeBundle).
 */
async function assertBasis(
  db: SparkScoutDb,
  plan: RestorePlan,
  onProgress?: (progress: ApplyProgress) => void,
): Promise<void> {
  const tables = tablesOf(db);
  const lists: Array<{ t: BackupTable; records: unknown[] }> = [];
  for (const t of BACKUP_TABLES) {
    const writes = plan.writes[t] as unknown[];
    if (writes.length === 0) continue;
    // Records the preview saw nothing at, unless the table has their key (a record added since, or one that did
    // not parse then and is compared again).
    const fresh = writes.some((r) => expectedOf(plan, t, r) === null);
    const keys = fresh ? await tableOf(tables, t).toCollection().primaryKeys() : [];
    const present = new Set(keys.map((k) => keyString(t, k)));
    lists.push({ t, records: writes.filter((r) => expectedOf(plan, t, r) !== null || present.has(recordKey(t, r))) });
  }
  const total = lists.reduce((n, l) => n + l.records.length, 0);
  let done = 0;
  for (const { t, records } of lists) {
    for (const slice of slices(records, CHECK_SLICE)) {
      if (onProgress) Dexie.ignoreTransaction(() => onProgress({ stage: 'checking', done, total }));
      const stored = await tableOf(tables, t).bulkGet(slice.map((r) => dbKey(t, r)));
      slice.forEach((r, j) => {
        if (!sameStored(t, stored[j], expectedOf(plan, t, r))) {
          throw new StalePlanError(
            `The shortlist changed since the preview (${t} ${recordKey(t, r)}); preview the file again.`,
          );
        }
      });
      done += slice.length;
    }
  }
}

/** A backup table's Dexie table, with its record and key types left open (each table's differ). */
const tableOf = (tables: ReturnType<typeof tablesOf>, t: BackupTable) =>
  tables[t] as unknown as Table<unknown, unknown>;

/** The record at `r`'s key when the preview was made (null: none, or unreadable). */
const expectedOf = (plan: RestorePlan, t: BackupTable, r: unknown): unknown =>
  plan.basis[t].get(recordKey(t, r)) ?? null;

/**
 * Whether a stored record (raw) reads as `expected` (a record as the preview read it, or null for none or
 * unreadable). Most are equal as stored, which needs no parse; the schema's reading decides otherwise.
 */
function sameStored(table: BackupTable, stored: unknown, expected: unknown): boolean {
  if (expected !== null && sameValue(withoutDerived(table, stored), expected)) return true;
  const parsed = backupRecordSchemas[table].safeParse(stored);
  return sameValue(parsed.success ? parsed.data : null, expected);
}

/** A stored shortlist record carries its row summary, which the contract (and so `expected`) leaves out. */
function withoutDerived(table: BackupTable, stored: unknown): unknown {
  if (table !== 'shortlist' || typeof stored !== 'object' || stored === null) return stored;
  const { summary: _summary, ...entry } = stored as Record<string, unknown>;
  return entry;
}

function dbKey(table: BackupTable, record: unknown): unknown {
  const r = record as Record<string, unknown>;
  if (table === 'snapshots') return [r.videoId, r.capturedAt];
  if (table === 'scores') return [r.videoId, r.objective];
  return table === 'shortlist' ? r.videoId : r.id;
}

/** recordKey of a record stored under the primary key `key` (dbKey the other way round). */
function keyString(table: BackupTable, key: unknown): string {
  if (table === 'snapshots' || table === 'scores') {
    const [videoId, second] = key as [unknown, unknown];
    return recordKey(table, table === 'snapshots' ? { videoId, capturedAt: second } : { videoId, objective: second });
  }
  return recordKey(table, table === 'shortlist' ? { videoId: key } : { id: key });
}

export interface ApplyOptions {
  /**
   * Saves restored settings. Settings live in extension storage, not IndexedDB, so they cannot share the records'
   * transaction: this runs only after the records are committed, and is skipped when they fail. So a rejection
   * from here comes with the records already written: not "nothing was written" (lib/ui/backup-restore.ts keeps a
   * failed settings save apart and reports it beside the records).
   */
  saveSettings?: (settings: Settings) => Promise<void>;
  /** How far the apply is; called while the transaction is open, between slices (see WriteBundleOptions). */
  onProgress?: (progress: ApplyProgress) => void;
}

/**
 * How far an apply is: first the records the plan replaces are compared with the stored ones (`checking`, counted
 * in records; skipped when the plan replaces none), then the records are written (`writing`, counted in videos).
 */
export interface ApplyProgress {
  stage: 'checking' | 'writing';
  done: number;
  total: number;
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
    await db.transaction('rw', bundleScope(db), async () => {
      await assertBasis(db, plan, opts.onProgress);
      await writeBundle(
        db,
        {
          videos: plan.writes.videos,
          snapshots: plan.writes.snapshots,
          scores: plan.writes.scores,
          entries: plan.writes.shortlist,
          authorizations: plan.writes.authorizations,
        },
        {
          onProgress: opts.onProgress && ((p) => opts.onProgress!({ stage: 'writing', ...p })),
          // Just compared with the stored ones: the entries the plan replaces are not read again for their handles.
          storedEntries: plan.basis.shortlist,
        },
      );
    });
  }
  if (plan.settings && opts.saveSettings) await opts.saveSettings(plan.settings);
  return { written };
}
