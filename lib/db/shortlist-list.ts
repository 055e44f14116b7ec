import { SHORTLIST_STATUSES, type ShortlistStatus } from '@/lib/schemas/shortlist';
import type { SparkScoutDb } from './db';
import { buildRows, queryRows, type RowQuery, type ShortlistRow } from './rows';
import type { BadRecord } from './validate';

export interface RowModel {
  rows: ShortlistRow[];
  /** Records that no longer parse: one bad row each, with the reason. */
  bad: BadRecord[];
}

/** The whole shortlist as compact rows: one read of one small table (see migrations/v2.ts). */
export async function loadRows(db: SparkScoutDb): Promise<RowModel> {
  return buildRows(await db.shortlist.toArray());
}

export interface ShortlistList extends RowModel {
  /** Valid rows before filtering. */
  total: number;
}

/**
 * Filtered and sorted rows plus every bad row (bad rows are never filtered away: they are what needs fixing).
 * A screen that re-queries often should call loadRows once and queryRows (lib/db/rows.ts) per change instead.
 */
export async function listShortlist(db: SparkScoutDb, query: RowQuery = {}): Promise<ShortlistList> {
  const { rows, bad } = await loadRows(db);
  return { rows: queryRows(rows, query), bad, total: rows.length };
}

/** The popup's list: the last `limit` shortlisted, newest first, through the shortlistedAt index. */
export async function recentShortlist(db: SparkScoutDb, limit = 20): Promise<RowModel> {
  return buildRows(await db.shortlist.orderBy('shortlistedAt').reverse().limit(limit).toArray());
}

/** Rows per status, zero for the others. */
export function countByStatus(rows: readonly Pick<ShortlistRow, 'status'>[]): Record<ShortlistStatus, number> {
  const counts = Object.fromEntries(SHORTLIST_STATUSES.map((s) => [s, 0])) as Record<ShortlistStatus, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}

/**
 * Readable entries per status: the counts the dashboard shows. Not from the status index's keys: a record that no
 * longer reads can still have a valid status there, and the dashboard lists it as an unreadable row, not a video.
 */
export async function statusCounts(db: SparkScoutDb): Promise<Record<ShortlistStatus, number>> {
  return countByStatus((await loadRows(db)).rows);
}
