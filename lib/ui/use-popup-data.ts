import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { appDb, loadRows, queryRows, recentShortlist, statusCounts, type SparkScoutDb } from '@/lib/db';
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
 * The popup opens on two index reads (recent entries, status keys), so it stays fast with 10,000 rows. Only when
 * the user starts typing does it read the whole row model, once, and search it in memory.
 */
export function usePopupData(query: string, db: SparkScoutDb = appDb()): PopupData {
  const recent = useLiveQuery(() => recentShortlist(db, POPUP_RECENT), [db]);
  const counts = useLiveQuery(() => statusCounts(db), [db]);
  const searching = query.trim() !== '';
  const all = useLiveQuery(() => (searching ? loadRows(db) : undefined), [db, searching]);
  const text = useDeferredValue(query);
  const matches = useMemo(
    () => (searching && all ? queryRows(all.rows, { text, sort: { key: 'shortlistedAt', dir: 'desc' } }) : undefined),
    [all, searching, text],
  );
  return {
    rows: searching ? matches?.slice(0, POPUP_MATCHES) : recent?.rows,
    matchCount: searching ? matches?.length : undefined,
    counts,
    bad: (searching ? all?.bad : recent?.bad) ?? [],
  };
}
