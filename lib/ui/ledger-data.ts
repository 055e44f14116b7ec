import { useLiveQuery } from 'dexie-react-hooks';
import { appDb, listAuthorizations, type BadRecord } from '@/lib/db';
import type { Authorization } from '@/lib/schemas/authorization';

/** What a ledger row needs besides the authorization itself: the video's link and creator, from its shortlist entry. */
export interface LedgerVideo {
  videoId: string;
  handle: string | null;
  url: string | null;
}

export interface LedgerData {
  authorizations: Authorization[];
  videos: Map<string, LedgerVideo>;
  bad: BadRecord[];
}

async function loadLedger(): Promise<LedgerData> {
  const db = appDb();
  const { rows, bad } = await listAuthorizations(db);
  const ids = [...new Set(rows.map((a) => a.videoId))];
  // Only the videos that hold a code: the shortlist may have thousands of rows the ledger never shows.
  const entries = await db.shortlist.bulkGet(ids);
  const videos = new Map<string, LedgerVideo>();
  ids.forEach((videoId, i) => {
    const e = entries[i];
    videos.set(videoId, { videoId, handle: e?.handle ?? null, url: e?.summary?.url ?? null });
  });
  return { authorizations: rows, videos, bad };
}

/** Every authorization, soonest expiry first, kept live as the database changes; undefined while loading. */
export function useLedger(): LedgerData | undefined {
  return useLiveQuery(loadLedger, []);
}
