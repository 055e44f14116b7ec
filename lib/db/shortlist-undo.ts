import Dexie, { type Table } from 'dexie';
import { z } from 'zod/mini';
import { authorizationSchema, type Authorization } from '@/lib/schemas/authorization';
import { scoreResultSchema, type ScoreResult } from '@/lib/schemas/score';
import { shortlistEntrySchema, statsSnapshotSchema, type StatsSnapshot } from '@/lib/schemas/shortlist';
import { videoRecordSchema, type VideoRecord } from '@/lib/schemas/video';
import { yieldToPage } from '@/lib/yield-to-page';
import type { SparkScoutDb } from './db';
import { bulkPutInSlices, recordsScope, refreshCreators, scoreKey, summarized } from './derived';
import type { ShortlistRecord } from './records';
import { check, type BadRecord } from './validate';

/**
 * Everything a delete removed, so "Undo" can put it back. Deleting a shortlisted video removes all Spark Scout keeps
 * about it (video, scores, stats history, authorization codes): nothing lingers about a video the user dropped.
 * The payload is plain data; it travels to the UI and back, so restore checks every record again.
 */
export interface UndoPayload {
  token: string;
  deletedAt: number;
  entries: ShortlistRecord[];
  videos: VideoRecord[];
  scores: ScoreResult[];
  snapshots: StatsSnapshot[];
  authorizations: Authorization[];
}

const records = z.array(z.unknown());
/** Envelope check for a payload coming back from the UI; the records inside are checked one by one on restore. */
export const undoPayloadSchema = z.object({
  token: z.string().check(z.minLength(1)),
  deletedAt: z.number(),
  entries: records,
  videos: records,
  scores: records,
  snapshots: records,
  authorizations: records,
});

/** A payload as it comes back from the UI: envelope checked, records not yet. */
export type UndoEnvelope = z.infer<typeof undoPayloadSchema>;

/** Records checked between pauses when an undo payload comes back. */
const CHECK_SLICE = 1000;

/**
 * From this share of the shortlist on, reading a whole table and filtering it beats one range query per video.
 * Measured in Chromium on 10,000 videos, all deleted: scores 0.46 s whole vs 1.5 s per video (7 s with Dexie's
 * inAnyRange); per video stays cheap for a few (100 in 11 ms).
 */
const SCAN_TABLE_FROM_SHARE = 0.25;

/** The records of a table keyed [videoId, …] that belong to `ids`, reading it whole or by video. */
async function ofVideos<T extends { videoId: string }, K extends [string, string | number]>(
  table: Table<T, K>,
  ids: readonly string[],
  scan: boolean,
): Promise<T[]> {
  if (scan) {
    const wanted = new Set(ids);
    return (await table.toArray()).filter((r) => wanted.has(r.videoId));
  }
  // Issued together, not awaited one by one: IndexedDB answers them in one go instead of a round trip each.
  const each = ids.map((id) => table.where(':id').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray());
  return (await Promise.all(each)).flat();
}

/**
 * Deletes `found` records of a table by key, or clears the table when they are all it holds (deleting everything):
 * IndexedDB drops a whole store at once, where 10,000 deletes by key take seconds in Chromium.
 */
async function deleteOrClear<K>(table: Table<unknown, K>, found: number, keys: () => K[]): Promise<void> {
  if (found === 0) return;
  if (found === (await table.count())) await table.clear();
  else await table.bulkDelete(keys());
}

/**
 * Deletes entries and what belongs to their videos, in one transaction; returns the undo payload. The requests do
 * not wait on each other per id: awaiting four queries per video made deleting 10,000 videos take ~27 s in Chromium.
 */
export async function deleteEntries(db: SparkScoutDb, ids: readonly string[]): Promise<UndoPayload> {
  const unique = [...new Set(ids)];
  return db.transaction('rw', recordsScope(db), async () => {
    const scan = unique.length >= SCAN_TABLE_FROM_SHARE * (await db.shortlist.count());
    const scores = await ofVideos(db.scores, unique, scan);
    const snapshots = await ofVideos(db.snapshots, unique, scan);
    const payload: UndoPayload = {
      token: crypto.randomUUID(),
      deletedAt: db.now(),
      entries: (await db.shortlist.bulkGet(unique)).filter((r) => r !== undefined),
      videos: (await db.videos.bulkGet(unique)).filter((r) => r !== undefined),
      scores,
      snapshots,
      authorizations: await db.authorizations.where('videoId').anyOf(unique).toArray(),
    };
    // Both keys are inbound (the records' own fields), so the records just read name them.
    await deleteOrClear(db.scores, scores.length, () => scores.map((s) => [s.videoId, s.objective]));
    await deleteOrClear(db.snapshots, snapshots.length, () => snapshots.map((s) => [s.videoId, s.capturedAt]));
    await deleteOrClear(db.shortlist, payload.entries.length, () => unique);
    await deleteOrClear(db.videos, payload.videos.length, () => unique);
    await deleteOrClear(db.authorizations, payload.authorizations.length, () =>
      payload.authorizations.map((a) => a.id),
    );
    const handles = payload.entries.map((e) => (e as { handle?: unknown }).handle);
    await refreshCreators(
      db,
      handles.filter((h): h is string => typeof h === 'string'),
    );
    return payload;
  });
}

export interface RestoreResult {
  restored: string[];
  /** Records that could not be put back, with why (a row that was already corrupt when deleted, a tampered payload). */
  skipped: BadRecord[];
}

/**
 * Puts a deletion back in one transaction. An entry shortlisted again since the delete is newer and is kept;
 * the rest (history, codes) is merged back around it.
 */
export async function restoreEntries(db: SparkScoutDb, payload: UndoPayload | UndoEnvelope): Promise<RestoreResult> {
  const skipped: BadRecord[] = [];
  // Checked a slice at a time with a pause between: undoing a delete of 10,000 videos checks ~40,000 records, which
  // in one piece froze the dashboard for most of a second.
  const keep = async <T>(schema: z.ZodMiniType<T>, list: readonly unknown[], key: string): Promise<T[]> => {
    const out: T[] = [];
    for (let start = 0; start < list.length; start += CHECK_SLICE) {
      if (start > 0) await yieldToPage();
      list.slice(start, start + CHECK_SLICE).forEach((raw, k) => {
        const id = (raw as Record<string, unknown> | null)?.[key] ?? start + k;
        const c = check(schema, raw, `${key}:${String(id)}`);
        if (c.ok) out.push(c.value);
        else skipped.push(c);
      });
    }
    return out;
  };
  const entries = await keep(shortlistEntrySchema, payload.entries, 'videoId');
  const videos = await keep(videoRecordSchema, payload.videos, 'id');
  const scores = await keep(scoreResultSchema, payload.scores, 'videoId');
  const snapshots = await keep(statsSnapshotSchema, payload.snapshots, 'videoId');
  const authorizations = await keep(authorizationSchema, payload.authorizations, 'id');
  return db.transaction('rw', recordsScope(db), async () => {
    const existing = await db.shortlist.bulkGet(entries.map((e) => e.videoId));
    const missing = entries.filter((_, i) => existing[i] === undefined);
    const restoring = new Set(missing.map((e) => e.videoId));
    await bulkPutInSlices(
      db.videos,
      videos.filter((v) => restoring.has(v.id)),
    );
    await bulkPutInSlices(
      db.scores,
      scores.filter((s) => restoring.has(s.videoId)),
    );
    await bulkPutInSlices(db.snapshots, snapshots);
    // A video that got a new current code since the delete keeps it; the restored codes join its history.
    const hasCurrent = new Set(
      (
        await db.authorizations
          .where('videoId')
          .anyOf([...new Set(authorizations.map((a) => a.videoId))])
          .toArray()
      )
        .filter((a) => a.current)
        .map((a) => a.videoId),
    );
    await db.authorizations.bulkPut(
      authorizations.map((a) => (hasCurrent.has(a.videoId) ? { ...a, current: false } : a)),
    );
    // The videos and scores were checked above: the summaries are made from them, not read back and checked again.
    const videoOf = new Map(videos.map((v) => [v.id, v]));
    const scoreOf = new Map(scores.map((s) => [scoreKey(s.videoId, s.objective), s]));
    const records = missing.map((e) =>
      summarized(e, videoOf.get(e.videoId) ?? null, scoreOf.get(scoreKey(e.videoId, e.objective)) ?? null),
    );
    await bulkPutInSlices(db.shortlist, records);
    await refreshCreators(db, [...missing.map((e) => e.handle), ...records.map((r) => r.handle)], records);
    return { restored: [...restoring], skipped };
  });
}
