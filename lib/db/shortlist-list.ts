import { SHORTLIST_STATUSES, type ShortlistStatus } from '@/lib/schemas/shortlist';
import type { SparkScoutDb } from './db';
import { buildRows, queryRows, type RowQuery, type ShortlistRow } from './rows';
import type { BadRecord } from './validate';

export interface RowModel {
  rows: ShortlistRow[];
  /** Records that no longer parse: one bad row each, with the reason. */
  bad: BadRecord[];
}

/** Records per read request when the whole shortlist is read in pages (readShortlistPages). */
export const READ_PAGE = 500;

/**
 * Every shortlist record, READ_PAGE at a time in primary-key order (the order one toArray gives), all in one read
 * transaction, so the pages show one state of the table. The keys are read first; then every page is asked for at
 * once, by key range, so IndexedDB reads them back to back with no round trip between. Each page arrives as its own
 * IndexedDB event and `onPage` runs in that event's task: a page's copy out of IndexedDB and its checks are one short
 * task, and the page paints and takes input between them, where one read of 10,000 records and their checks were
 * one task of 0.5–2 s in Chromium. `offset`: where the page starts in the whole read (a record without a usable id
 * is named by its place in it). Writers to the shortlist wait until the read is done, as they waited for the one
 * toArray.
 */
export async function readShortlistPages(
  db: SparkScoutDb,
  onPage: (raws: readonly unknown[], offset: number) => void,
): Promise<void> {
  await db.transaction('r', db.shortlist, async () => {
    const keys = await db.shortlist.toCollection().primaryKeys();
    const pages: Array<Promise<unknown[]>> = [];
    for (let start = 0; start < keys.length; start += READ_PAGE) {
      const end = start + READ_PAGE;
      const range =
        end < keys.length
          ? db.shortlist.where(':id').between(keys[start]!, keys[end]!, true, false)
          : db.shortlist.where(':id').aboveOrEqual(keys[start]!);
      const page = range.toArray();
      // A failed onPage aborts the transaction and with it the pages still coming: not an unhandled rejection each.
      page.catch(() => undefined);
      pages.push(page);
    }
    for (const [i, page] of pages.entries()) onPage(await page, i * READ_PAGE);
  });
}

/**
 * The whole shortlist as compact rows: one read of one small table (see migrations/v2.ts), in pages
 * (readShortlistPages), so the page stays responsive while 10,000 records are checked (Rescore all starts with this).
 */
export async function loadRows(db: SparkScoutDb): Promise<RowModel> {
  const rows: ShortlistRow[] = [];
  const bad: BadRecord[] = [];
  await readShortlistPages(db, (raws, offset) => {
    const page = buildRows(raws, offset);
    for (const row of page.rows) rows.push(row);
    for (const b of page.bad) bad.push(b);
  });
  return { rows, bad };
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
