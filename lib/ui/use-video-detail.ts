import { useLiveQuery } from 'dexie-react-hooks';
import { appDb, listSnapshots, loadFullRecords, type SparkScoutDb } from '@/lib/db';
import type { VideoRecord } from '@/lib/schemas/video';
import type { CommentInsights } from '@/components/overlay/types';
import type { DetailData } from '@/components/dashboard/types';

export interface DetailOptions {
  /** Comment analysis for the panel (lib/scoring's); the panel leaves the section out without it. */
  insightsOf?: (video: VideoRecord) => CommentInsights | undefined;
}

/** Reads everything the detail panel shows for one video: entry, full record, score, stats history. */
export async function loadVideoDetail(
  db: SparkScoutDb,
  videoId: string,
  opts: DetailOptions = {},
): Promise<DetailData> {
  const [record] = await loadFullRecords(db, [videoId]);
  if (record === undefined) return { kind: 'missing', videoId };
  if (!record.ok) return { kind: 'bad', videoId, reason: record.reason };
  const { snapshots } = await listSnapshots(db, videoId);
  const insights = record.video && record.video.comments.length > 0 ? opts.insightsOf?.(record.video) : undefined;
  return { kind: 'ready', entry: record.entry, video: record.video, score: record.score, snapshots, insights };
}

/** The open video's detail, live: an edit here or in another tab shows at once. null when no panel is open. */
export function useVideoDetail(
  videoId: string | null,
  opts: DetailOptions = {},
  db: SparkScoutDb = appDb(),
): DetailData | null {
  const { insightsOf } = opts;
  const detail = useLiveQuery(
    () => (videoId === null ? null : loadVideoDetail(db, videoId, { insightsOf })),
    [db, videoId, insightsOf],
  );
  if (videoId === null) return null;
  const shownId = detail ? (detail.kind === 'ready' ? detail.entry.videoId : detail.videoId) : null;
  // While the next video loads, useLiveQuery still holds the previous one: never show it under the new route.
  return shownId === videoId ? detail! : { kind: 'loading', videoId };
}
