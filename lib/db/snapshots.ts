import Dexie from 'dexie';
import { statsSnapshotSchema, type StatsSnapshot } from '@/lib/schemas/shortlist';
import { STAT_KEYS, videoRecordSchema, type VideoRecord } from '@/lib/schemas/video';
import type { SparkScoutDb } from './db';
import { derivedScope, refreshSummaries } from './derived';
import { putMergedVideo } from './videos';
import { checkAll, validInput, type BadRecord } from './validate';

/** The counts of a video reading as one point of its stats history. */
export function snapshotFromVideo(video: VideoRecord): StatsSnapshot {
  const stats = STAT_KEYS.map((k) => video.stats[k]);
  const known = stats.filter((s) => s !== null);
  return {
    videoId: video.id,
    // The moment the numbers were read, not when the record was saved.
    capturedAt: known.length ? Math.max(...known.map((s) => s.capturedAt)) : video.capturedAt,
    views: video.stats.views?.value ?? null,
    likes: video.stats.likes?.value ?? null,
    comments: video.stats.comments?.value ?? null,
    shares: video.stats.shares?.value ?? null,
    saves: video.stats.saves?.value ?? null,
    exact: known.length > 0 && known.every((s) => s.exact),
  };
}

/** Adds one point (a second one at the same instant replaces the first: same reading). */
export async function addSnapshot(db: SparkScoutDb, snapshot: StatsSnapshot): Promise<void> {
  await db.snapshots.put(validInput(statsSnapshotSchema, snapshot, 'stats snapshot'));
}

/** One video's stats history, oldest first (the compound key orders it). */
export async function listSnapshots(
  db: SparkScoutDb,
  videoId: string,
): Promise<{ snapshots: StatsSnapshot[]; bad: BadRecord[] }> {
  const raws = await db.snapshots
    .where('[videoId+capturedAt]')
    .between([videoId, Dexie.minKey], [videoId, Dexie.maxKey])
    .toArray();
  const { values, bad } = checkAll(statsSnapshotSchema, raws, (_, i) => `${videoId}@${i}`);
  return { snapshots: values, bad };
}

/**
 * The card was opened on a video: when it is shortlisted, save the fresh reading and add a point to its history;
 * otherwise nothing is stored (history starts when a video is shortlisted).
 */
export async function recordSnapshot(
  db: SparkScoutDb,
  record: VideoRecord,
): Promise<{ recorded: boolean; snapshot: StatsSnapshot | null }> {
  const video = validInput(videoRecordSchema, record, 'video record');
  return db.transaction('rw', [...derivedScope(db), db.snapshots], async () => {
    if ((await db.shortlist.get(video.id)) === undefined) return { recorded: false, snapshot: null };
    const merged = await putMergedVideo(db, video);
    // The history records this reading as read (even rounded), while the stored record keeps the best numbers.
    const snapshot = snapshotFromVideo(video);
    const hasCounts = STAT_KEYS.some((k) => snapshot[k] !== null);
    if (hasCounts) await db.snapshots.put(snapshot);
    await refreshSummaries(db, [merged.id]);
    return hasCounts ? { recorded: true, snapshot } : { recorded: false, snapshot: null };
  });
}
