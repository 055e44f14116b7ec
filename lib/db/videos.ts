import { videoRecordSchema, type VideoRecord } from '@/lib/schemas/video';
import type { SparkScoutDb } from './db';
import { derivedScope, refreshSummaries } from './derived';
import { mergeVideo } from './merge-video';
import { check, validInput, type Checked } from './validate';

/** Stored record merged with `record` inside an open transaction (see mergeVideo for what is kept). */
export async function putMergedVideo(db: SparkScoutDb, record: VideoRecord): Promise<VideoRecord> {
  const stored = check(videoRecordSchema, await db.videos.get(record.id), record.id);
  // A stored record that no longer parses is replaced by the fresh reading rather than merged into it.
  const merged = mergeVideo(stored.ok ? stored.value : undefined, record);
  await db.videos.put(merged);
  return merged;
}

/** Saves the latest reading of a video, keeping exact counts over rounded ones, and refreshes what copies it. */
export async function upsertVideo(db: SparkScoutDb, record: VideoRecord): Promise<VideoRecord> {
  const video = validInput(videoRecordSchema, record, 'video record');
  return db.transaction('rw', derivedScope(db), async () => {
    const merged = await putMergedVideo(db, video);
    await refreshSummaries(db, [merged.id]);
    return merged;
  });
}

/** The stored video, checked: undefined when absent, a bad record with a reason when it no longer parses. */
export async function getVideo(db: SparkScoutDb, id: string): Promise<Checked<VideoRecord> | undefined> {
  const raw = await db.videos.get(id);
  return raw === undefined ? undefined : check(videoRecordSchema, raw, id);
}
