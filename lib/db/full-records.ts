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
import { check, checkAll, rawId, type BadRecord } from './validate';

/** Everything about one shortlisted video, for a CSV row or the detail panel. */
export interface FullRecord {
  ok: true;
  entry: ShortlistEntry;
  /** null when the video record is missing or no longer parses (the entry still exports). */
  video: VideoRecord | null;
  /** The score for the entry's objective. */
  score: ScoreResult | null;
  /** The video's current authorization code record. */
  authorization: Authorization | null;
}

/** Full records for the given ids, in the given order (the table's filter and sort); absent ids are skipped. */
export async function loadFullRecords(
  db: SparkScoutDb,
  ids: readonly string[],
): Promise<Array<FullRecord | BadRecord>> {
  return db.transaction('r', [db.shortlist, db.videos, db.scores, db.authorizations], async () => {
    const entries = await db.shortlist.bulkGet([...ids]);
    const videos = await db.videos.bulkGet([...ids]);
    const scores = await db.scores.bulkGet(ids.map((id, i) => [id, entries[i]?.objective ?? ''] as [string, string]));
    const current = new Map<string, Authorization>();
    for (const raw of await db.authorizations
      .where('videoId')
      .anyOf([...ids])
      .toArray()) {
      const a = authorizationSchema.safeParse(raw);
      if (a.success && a.data.current) current.set(a.data.videoId, a.data);
    }
    return ids.flatMap((id, i): Array<FullRecord | BadRecord> => {
      if (entries[i] === undefined) return [];
      const entry = check(shortlistEntrySchema, entries[i], id);
      if (!entry.ok) return [entry];
      const video = videoRecordSchema.safeParse(videos[i]);
      const score = scoreResultSchema.safeParse(scores[i]);
      return [
        {
          ok: true,
          entry: entry.value,
          video: video.success ? video.data : null,
          score: score.success ? score.data : null,
          authorization: current.get(id) ?? null,
        },
      ];
    });
  });
}

/** Every stored record, checked, for a JSON backup; what does not parse is listed with its reason, not dropped silently. */
export interface TableDump {
  videos: VideoRecord[];
  snapshots: StatsSnapshot[];
  scores: ScoreResult[];
  entries: ShortlistEntry[];
  authorizations: Authorization[];
  bad: Array<BadRecord & { table: string }>;
}

export async function dumpTables(db: SparkScoutDb): Promise<TableDump> {
  return db.transaction('r', [db.videos, db.snapshots, db.scores, db.shortlist, db.authorizations], async () => {
    const bad: TableDump['bad'] = [];
    const read = <T>(table: string, list: unknown[], schema: Parameters<typeof checkAll>[0], key: string): T[] => {
      const res = checkAll(schema, list, (v, i) => rawId(v, key, `#${i}`));
      bad.push(...res.bad.map((b) => ({ ...b, table })));
      return res.values as T[];
    };
    return {
      videos: read<VideoRecord>('videos', await db.videos.toArray(), videoRecordSchema, 'id'),
      snapshots: read<StatsSnapshot>('snapshots', await db.snapshots.toArray(), statsSnapshotSchema, 'videoId'),
      scores: read<ScoreResult>('scores', await db.scores.toArray(), scoreResultSchema, 'videoId'),
      // shortlistEntrySchema drops the derived `summary`: a backup holds facts, the summary is rebuilt on restore.
      entries: read<ShortlistEntry>('shortlist', await db.shortlist.toArray(), shortlistEntrySchema, 'videoId'),
      authorizations: read<Authorization>(
        'authorizations',
        await db.authorizations.toArray(),
        authorizationSchema,
        'id',
      ),
      bad,
    };
  });
}
