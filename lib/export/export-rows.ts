import type { SparkScoutDb } from '@/lib/db/db';
import { shortlistRecordSchema, type ShortlistRecord } from '@/lib/db/records';
import { checkAll, rawId, type BadRecord } from '@/lib/db/validate';
import { currentAuthorization } from '@/lib/ledger/history';
import type { Authorization } from '@/lib/schemas/authorization';
import { backupRecordSchemas } from '@/lib/schemas/backup';
import type { VideoRecord } from '@/lib/schemas/video';
import type { ExportRow } from './csv-row';
import { importedVideo } from './imported-video';

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
  return importedVideo({ ...s, id: r.videoId, handle: r.handle }, s.scoredAt ?? r.updatedAt, s.statsExact);
}
