import type { SparkScoutDb } from '@/lib/db/db';
import { shortlistRecordSchema, type ShortlistRecord } from '@/lib/db/records';
import { checkAll, rawId, type BadRecord } from '@/lib/db/validate';
import { currentAuthorization } from '@/lib/ledger/history';
import type { Authorization } from '@/lib/schemas/authorization';
import { backupRecordSchemas } from '@/lib/schemas/backup';
import type { Stat, VideoRecord } from '@/lib/schemas/video';
import type { ExportRow } from './csv-row';
import { UNKNOWN_FLAGS } from '@/lib/schemas/enums';

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
    flags: { ...UNKNOWN_FLAGS },
    captionTracks: [],
    transcript: null,
    comments: [],
    commentsTotal: null,
    sources: ['import'],
    capturedAt: at,
  };
}
