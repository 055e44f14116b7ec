import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { appDb, countByStatus, loadRows, queryRows, recentShortlist, type SparkScoutDb } from '@/lib/db';
import type { BadRecord } from '@/lib/db/validate';
import type { ShortlistRow } from '@/lib/db/rows';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';

/** Rows the popup lists when not searching: the newest, through the shortlistedAt index (no full read). */
export const POPUP_RECENT = 20;
/** Search results shown in the popup; the dashboard has the rest. */
export const POPUP_MATCHES = 30;

export interface PopupData {
  rows: ShortlistRow[] | undefined;
  /** Matches in total while searching. */
  matchCount: number | undefined;
  counts: Record<ShortlistStatus, number> | undefined;
  bad: BadRecord[];
}

/**
 * The popup's list opens on one index read (the recent entries), so its first rows stay fast with 10,000 videos.
 * The status counts, the unreadable records and the search come from one read of the whole row model after it: the
 * counts are then the dashboard's (readable records only; the status index's keys would also count records that no
 * longer read), and every unreadable record is reported, not only those among the recent ones.
 */
export function usePopupData(query: string, db: SparkScoutDb = appDb()): PopupData {
  const recent = useLiveQuery(() => recentShortlist(db, POPUP_RECENT), [db]);
  // Started once the recent rows are in: read beside them, its many requests would queue ahead of theirs.
  const ready = recent !== undefined;
  const all = useLiveQuery(() => (ready ? loadRows(db) : undefined), [db, ready]);
  const counts = useMemo(() => (all ? countByStatus(all.rows) : undefined), [all]);
  const searching = query.trim() !== '';
  const text = useDeferredValue(query);
  const matches = useMemo(
    () => (searching && all ? queryRows(all.rows, { text, sort: { key: 'shortlistedAt', dir: 'desc' } }) : undefined),
    [all, searching, text],
  );
  return {
    rows: searching ? matches?.slice(0, POPUP_MATCHES) : recent?.rows,
    matchCount: searching ? matches?.length : undefined,
    counts,
    bad: (all ?? recent)?.bad ?? [],
  };
}
