import type { SparkScoutDb } from '@/lib/db/db';
import { writeBundle } from '@/lib/db/bundle';
import { shortlistRecordSchema, type ShortlistRecord } from '@/lib/db/records';
import { checkAll, rawId, type BadRecord } from '@/lib/db/validate';
import { currentAuthorization } from '@/lib/ledger/history';
import { BACKUP_TABLES, backupRecordSchemas, type Backup, type BackupTable } from '@/lib/schemas/backup';
import type { Authorization } from '@/lib/schemas/authorization';
import type { Settings } from '@/lib/schemas/settings';
import type { Stat, VideoRecord } from '@/lib/schemas/video';
import { buildBackup } from './backup';
import type { ExportRow } from './csv-row';
import { sameValue } from './equal';
import type { RecordSet } from './incoming';
import { recordKey } from './keys';
import type { RestorePlan } from './restore';

/** The database side of export and restore: reads records out, writes a confirmed plan in. Extension pages only. */

const tablesOf = (db: SparkScoutDb) => ({
  videos: db.videos,
  snapshots: db.snapshots,
  scores: db.scores,
  shortlist: db.shortlist,
  authorizations: db.authorizations,
});

const ID_FIELD: Record<BackupTable, string> = {
  videos: 'id',
  snapshots: 'videoId',
  scores: 'videoId',
  shortlist: 'videoId',
  authorizations: 'id',
};

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
        (v, i) => `${t} ${rawId(v, ID_FIELD[t], `#${i}`)}`,
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
   * transaction: this runs only after the records are committed, and is skipped when they fail.
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

/**
 * The export rows of the given videos, in the given order (the table's filter, sort and selection): each entry with
 * its full record, its score for the entry's objective and its current code. A shortlisted video whose full record
 * is missing is exported from the entry's summary, so every row the table shows is in the file.
 */
export async function loadExportRows(
  db: SparkScoutDb,
  videoIds: readonly string[],
): Promise<{ rows: ExportRow[]; unreadable: BadRecord[] }> {
  return db.transaction('r', [db.shortlist, db.videos, db.scores, db.authorizations], async () => {
    const { values: records, bad } = checkAll(
      shortlistRecordSchema,
      await db.shortlist.bulkGet([...videoIds]),
      (v, i) => rawId(v, 'videoId', videoIds[i] ?? `#${i}`),
    );
    const present = records.map((r) => r.videoId);
    const videos = checkAll(backupRecordSchemas.videos, await db.videos.bulkGet(present), (_, i) => present[i]!);
    const videoById = new Map(videos.values.map((v) => [v.id, v]));
    const scores = await db.scores.bulkGet(records.map((r) => [r.videoId, r.objective] as [string, string]));
    const scoreByKey = new Map(
      checkAll(
        backupRecordSchemas.scores,
        scores.filter((s) => s !== undefined),
        () => '',
      ).values.map((s) => [`${s.videoId}/${s.objective}`, s]),
    );
    const auths = checkAll(
      backupRecordSchemas.authorizations,
      await db.authorizations.where('videoId').anyOf(present).toArray(),
      () => '',
    ).values;
    const authsByVideo = new Map<string, Authorization[]>();
    for (const a of auths) authsByVideo.set(a.videoId, [...(authsByVideo.get(a.videoId) ?? []), a]);
    const rows = records.map((r): ExportRow => ({
      video: videoById.get(r.videoId) ?? videoFromSummary(r),
      score: scoreByKey.get(`${r.videoId}/${r.objective}`) ?? null,
      entry: r,
      authorization: currentAuthorization(r.videoId, authsByVideo.get(r.videoId) ?? []),
    }));
    return { rows, unreadable: bad };
  });
}

/** A video record from what the shortlist entry copied of it (lib/db/records.ts RowSummary). */
export function videoFromSummary(r: ShortlistRecord): VideoRecord {
  const s = r.summary;
  const at = s.scoredAt ?? r.updatedAt;
  const stat = (value: number | null): Stat | null =>
    value === null ? null : { value, exact: s.statsExact, source: 'import', capturedAt: at };
  return {
    id: r.videoId,
    url: s.url,
    author: {
      id: null,
      handle: r.handle,
      nickname: s.nickname,
      verified: null,
      followers: stat(s.followers),
      secUid: null,
    },
    caption: s.caption,
    hashtags: s.hashtags,
    mentions: [],
    postedAt: s.postedAt,
    postedAtSource: s.postedAt === null ? null : 'createTime',
    durationSec: s.durationSec,
    sound: null,
    stats: {
      views: stat(s.views),
      likes: stat(s.likes),
      comments: stat(s.comments),
      shares: stat(s.shares),
      saves: stat(s.saves),
    },
    flags: {
      isAd: null,
      brandedContent: null,
      private: null,
      photo: null,
      story: null,
      duetEnabled: null,
      stitchEnabled: null,
      commentsEnabled: null,
      aiGenerated: null,
      ageRestricted: null,
      isDuetOrStitch: null,
    },
    captionTracks: [],
    transcript: null,
    comments: [],
    commentsTotal: null,
    sources: ['import'],
    capturedAt: at,
  };
}
