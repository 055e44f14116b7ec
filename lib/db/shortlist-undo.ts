import Dexie from 'dexie';
import { z } from 'zod/mini';
import { authorizationSchema, type Authorization } from '@/lib/schemas/authorization';
import { scoreResultSchema, type ScoreResult } from '@/lib/schemas/score';
import { shortlistEntrySchema, statsSnapshotSchema, type StatsSnapshot } from '@/lib/schemas/shortlist';
import { videoRecordSchema, type VideoRecord } from '@/lib/schemas/video';
import type { SparkScoutDb } from './db';
import { derivedScope, refreshCreators, refreshSummaries } from './derived';
import { emptySummary, type ShortlistRecord } from './records';
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

const scope = (db: SparkScoutDb) => [...derivedScope(db), db.snapshots, db.authorizations];
const prefix = (id: string) =>
  [
    [id, Dexie.minKey],
    [id, Dexie.maxKey],
  ] as const;

/** Deletes entries and what belongs to their videos, in one transaction; returns the undo payload. */
export async function deleteEntries(db: SparkScoutDb, ids: readonly string[]): Promise<UndoPayload> {
  const unique = [...new Set(ids)];
  return db.transaction('rw', scope(db), async () => {
    const payload: UndoPayload = {
      token: crypto.randomUUID(),
      deletedAt: db.now(),
      entries: (await db.shortlist.bulkGet(unique)).filter((r) => r !== undefined),
      videos: (await db.videos.bulkGet(unique)).filter((r) => r !== undefined),
      scores: [],
      snapshots: [],
      authorizations: await db.authorizations.where('videoId').anyOf(unique).toArray(),
    };
    for (const id of unique) {
      payload.scores.push(
        ...(await db.scores
          .where('[videoId+objective]')
          .between(...prefix(id))
          .toArray()),
      );
      payload.snapshots.push(
        ...(await db.snapshots
          .where('[videoId+capturedAt]')
          .between(...prefix(id))
          .toArray()),
      );
      await db.scores
        .where('[videoId+objective]')
        .between(...prefix(id))
        .delete();
      await db.snapshots
        .where('[videoId+capturedAt]')
        .between(...prefix(id))
        .delete();
    }
    await db.shortlist.bulkDelete(unique);
    await db.videos.bulkDelete(unique);
    await db.authorizations.where('videoId').anyOf(unique).delete();
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
  const keep = <T>(schema: z.ZodMiniType<T>, list: readonly unknown[], key: string): T[] =>
    list.flatMap((raw, i) => {
      const c = check(schema, raw, `${key}:${String((raw as Record<string, unknown> | null)?.[key] ?? i)}`);
      if (c.ok) return [c.value];
      skipped.push(c);
      return [];
    });
  const entries = keep(shortlistEntrySchema, payload.entries, 'videoId');
  const videos = keep(videoRecordSchema, payload.videos, 'id');
  const scores = keep(scoreResultSchema, payload.scores, 'videoId');
  const snapshots = keep(statsSnapshotSchema, payload.snapshots, 'videoId');
  const authorizations = keep(authorizationSchema, payload.authorizations, 'id');
  return db.transaction('rw', scope(db), async () => {
    const existing = await db.shortlist.bulkGet(entries.map((e) => e.videoId));
    const missing = entries.filter((_, i) => existing[i] === undefined);
    const restoring = new Set(missing.map((e) => e.videoId));
    await db.videos.bulkPut(videos.filter((v) => restoring.has(v.id)));
    await db.scores.bulkPut(scores.filter((s) => restoring.has(s.videoId)));
    await db.snapshots.bulkPut(snapshots);
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
    await db.shortlist.bulkPut(missing.map((e) => ({ ...e, summary: emptySummary(e.handle, e.videoId) })));
    await refreshSummaries(db, [...restoring]);
    await refreshCreators(
      db,
      missing.map((e) => e.handle),
    );
    return { restored: [...restoring], skipped };
  });
}
