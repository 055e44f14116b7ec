import { authorizationSchema, type Authorization } from '@/lib/schemas/authorization';
import { scoreResultSchema, type ScoreResult } from '@/lib/schemas/score';
import {
  shortlistEntrySchema,
  statsSnapshotSchema,
  type ShortlistEntry,
  type StatsSnapshot,
} from '@/lib/schemas/shortlist';
import { videoRecordSchema, type VideoRecord } from '@/lib/schemas/video';
import type { SparkScoutDb } from './db';
import { derivedScope, rebuildCreators, refreshSummaries } from './derived';
import { emptySummary } from './records';
import { validInput } from './validate';

/** Records of every kind, as a backup restore, a teammate import or a benchmark seed writes them. */
export interface RecordBundle {
  videos?: readonly VideoRecord[];
  scores?: readonly ScoreResult[];
  entries?: readonly ShortlistEntry[];
  snapshots?: readonly StatsSnapshot[];
  authorizations?: readonly Authorization[];
}

/**
 * Writes a bundle as given (the caller has already merged it with what is stored) in one transaction: all or
 * nothing. Every record is checked first, so one invalid record writes nothing. Summaries and creators are
 * recomputed from the written records.
 */
export async function writeBundle(db: SparkScoutDb, bundle: RecordBundle): Promise<void> {
  const videos = (bundle.videos ?? []).map((v) => validInput(videoRecordSchema, v, `video ${v.id}`));
  const scores = (bundle.scores ?? []).map((s) => validInput(scoreResultSchema, s, `score of ${s.videoId}`));
  const entries = (bundle.entries ?? []).map((e) => validInput(shortlistEntrySchema, e, `entry ${e.videoId}`));
  const snapshots = (bundle.snapshots ?? []).map((s) => validInput(statsSnapshotSchema, s, `snapshot of ${s.videoId}`));
  const auths = (bundle.authorizations ?? []).map((a) => validInput(authorizationSchema, a, `authorization ${a.id}`));
  await db.transaction('rw', [...derivedScope(db), db.snapshots, db.authorizations], async () => {
    await db.videos.bulkPut(videos);
    await db.scores.bulkPut(scores);
    await db.snapshots.bulkPut(snapshots);
    await db.authorizations.bulkPut(auths);
    await db.shortlist.bulkPut(entries.map((e) => ({ ...e, summary: emptySummary(e.handle, e.videoId) })));
    const touched = new Set([
      ...entries.map((e) => e.videoId),
      ...videos.map((v) => v.id),
      ...scores.map((s) => s.videoId),
    ]);
    await refreshSummaries(db, [...touched]);
    await rebuildCreators(db);
  });
}
