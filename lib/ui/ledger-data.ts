import { useLiveQuery } from 'dexie-react-hooks';
import { appDb, listAuthorizations, type BadRecord, type SparkScoutDb } from '@/lib/db';
import type { Authorization } from '@/lib/schemas/authorization';
import type { ShortlistEntry } from '@/lib/schemas/shortlist';

/** What the ledger needs to know about a video besides its codes: its link and creator, from the shortlist entry. */
export interface LedgerVideo {
  videoId: string;
  handle: string | null;
  url: string | null;
}

export type LedgerEntry = Pick<ShortlistEntry, 'videoId' | 'handle' | 'status'>;

export interface LedgerData {
  /** Every record, soonest expiry first (records without an expiry last). */
  authorizations: Authorization[];
  videos: Map<string, LedgerVideo>;
  /** Shortlist entries of the creators involved: the single-video-campaign warning counts their other videos. */
  entries: LedgerEntry[];
  /** Stored records that no longer parse, each with its reason. */
  bad: BadRecord[];
}

/**
 * One read of the ledger. Shortlist rows are raw (not zod-checked): only three plain fields are taken, each
 * defaulted, so one damaged entry costs its link, not the ledger.
 */
export async function loadLedger(db: SparkScoutDb, alsoVideoIds: readonly string[] = []): Promise<LedgerData> {
  const { rows, bad } = await listAuthorizations(db);
  // Only the videos that hold a code: the shortlist may have thousands of rows the ledger never shows.
  const ids = [...new Set([...rows.map((a) => a.videoId), ...alsoVideoIds])];
  const records = await db.shortlist.bulkGet(ids);
  const videos = new Map<string, LedgerVideo>();
  ids.forEach((videoId, i) => {
    const r = records[i];
    const handle = typeof r?.handle === 'string' && r.handle ? r.handle : null;
    const url = typeof r?.summary?.url === 'string' && r.summary.url ? r.summary.url : null;
    videos.set(videoId, { videoId, handle, url });
  });
  const handles = [...new Set([...videos.values()].flatMap((v) => (v.handle ? [v.handle] : [])))];
  const entries = handles.length
    ? (await db.shortlist.where('handle').anyOf(handles).toArray()).map(({ videoId, handle, status }) => ({
        videoId,
        handle,
        status,
      }))
    : [];
  return { authorizations: rows, videos, entries, bad };
}

/** The whole ledger, kept live as the database changes; undefined while the first read runs. */
export function useLedger(db: SparkScoutDb = appDb()): LedgerData | undefined {
  return useLiveQuery(() => loadLedger(db), [db]);
}

/** The ledger with one video's link and creator included even before it holds a code (the detail panel). */
export function useVideoLedger(videoId: string, db: SparkScoutDb = appDb()): LedgerData | undefined {
  return useLiveQuery(() => loadLedger(db, [videoId]), [db, videoId]);
}
