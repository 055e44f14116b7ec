import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import { buildRows, type RowModel, type SparkScoutDb } from '@/lib/db';
import type { BadRecord } from '@/lib/db/validate';
import type { ShortlistRow } from '@/lib/db/rows';

/**
 * The whole shortlist as an in-memory row model that stays current. It first reads the newest rows through the
 * shortlistedAt index (the table's default order), so the page shows rows at once, then the whole table; after that,
 * on every write (in this page, the background or another tab: Dexie reports them all through 'storagemutated'),
 * it re-reads only the records the write touched. A whole-table live query would re-read and re-check all 10,000
 * records after each status change, freezing the page for a few hundred milliseconds every time.
 */
export interface LiveRowModel extends RowModel {
  /** false while only the newest rows are loaded: sorting, filtering and totals must wait for the rest. */
  complete: boolean;
  /** Records in the table (valid and bad), known before the full read. */
  total: number;
}

export interface RowSource {
  /** undefined until the first read finished. A new object after every change (for useSyncExternalStore). */
  getSnapshot: () => LiveRowModel | undefined;
  subscribe: (listener: () => void) => () => void;
}

/** Rows read first: more than a tall window shows. */
export const PREVIEW_ROWS = 60;

type Item = ShortlistRow | BadRecord;

/** Past this many changed keys, one full read is cheaper than a keyed one. */
const PARTIAL_LIMIT = 500;

/** The keys of single-key nodes, or null when the tree holds a range (a clear, a bulk write): reload everything. */
export function changedKeys(tree: IntervalTree | undefined): string[] | null {
  const keys: string[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || node.d === 0) return true;
    const { from, to, l, r } = node as Exclude<IntervalTree, { d: 0 }>;
    if (typeof from !== 'string' || from !== to) return false;
    keys.push(from);
    return walk(l) && walk(r);
  };
  return walk(tree) ? keys : null;
}

export function createRowSource(db: SparkScoutDb): RowSource {
  const items = new Map<string, Item>();
  const listeners = new Set<() => void>();
  let snapshot: LiveRowModel | undefined;
  let complete = false;
  let total = 0;
  let queue: Promise<void> = Promise.resolve();
  const part = `idb://${db.name}/shortlist/`;

  const publish = () => {
    const rows: ShortlistRow[] = [];
    const bad: BadRecord[] = [];
    for (const it of items.values()) (it.ok ? rows : bad).push(it as never);
    snapshot = { rows, bad, complete, total: complete ? items.size : Math.max(total, items.size) };
    for (const l of listeners) l();
  };
  const put = (raws: readonly unknown[]) => {
    const { rows, bad } = buildRows(raws);
    for (const row of rows) items.set(row.videoId, row);
    for (const b of bad) items.set(b.id, b);
  };
  const reloadAll = async () => {
    const raws = await db.shortlist.toArray();
    items.clear();
    put(raws);
    complete = true;
  };
  // The newest rows first, published at once; then everything.
  const firstLoad = async () => {
    items.clear();
    const [count, raws] = await Promise.all([
      db.shortlist.count(),
      db.shortlist.orderBy('shortlistedAt').reverse().limit(PREVIEW_ROWS).toArray(),
    ]);
    total = count;
    put(raws);
    complete = count === raws.length;
    if (complete) return;
    publish();
    await reloadAll();
  };
  const reloadKeys = async (keys: readonly string[]) => {
    const raws = await db.shortlist.bulkGet([...keys]);
    keys.forEach((key, i) => {
      if (raws[i] === undefined) items.delete(key);
    });
    put(raws.filter((r) => r !== undefined));
  };
  // One read at a time, in the order the writes happened.
  const enqueue = (read: () => Promise<void>) => {
    queue = queue.then(read).then(publish, (error: unknown) => console.warn('[spark-scout] row reload failed', error));
  };
  const onMutated = (parts: ObservabilitySet) => {
    if (parts.all) return enqueue(reloadAll);
    if (!(part in parts)) return;
    const keys = changedKeys(parts[part]);
    enqueue(keys === null || keys.length > PARTIAL_LIMIT ? reloadAll : () => reloadKeys(keys));
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      if (listeners.size === 0) {
        Dexie.on('storagemutated', onMutated);
        enqueue(firstLoad);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) Dexie.on('storagemutated').unsubscribe(onMutated);
      };
    },
  };
}
