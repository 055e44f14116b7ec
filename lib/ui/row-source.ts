import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import { buildRows, readShortlistPages, type RowModel, type SparkScoutDb } from '@/lib/db';
import type { BadRecord } from '@/lib/db/validate';
import type { ShortlistRow } from '@/lib/db/rows';

/**
 * The whole shortlist as an in-memory row model that stays current. It first reads the newest rows through the
 * shortlistedAt index (the table's default order), so the page shows rows at once, then the whole table; after that,
 * on every write (in this page, the background or another tab: Dexie reports them all through 'storagemutated'),
 * it re-reads only the records the write touched. A whole-table live query would re-read and re-check all 10,000
 * records after each status change, freezing the page for a few hundred milliseconds every time. A write too large to
 * follow key by key (Rescore all, an undo, an import) makes it read the whole table again, in pages.
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
  let items = new Map<string, Item>();
  const listeners = new Set<() => void>();
  let snapshot: LiveRowModel | undefined;
  let complete = false;
  let total = 0;
  const part = `idb://${db.name}/shortlist/`;

  const publish = () => {
    const rows: ShortlistRow[] = [];
    const bad: BadRecord[] = [];
    for (const it of items.values()) (it.ok ? rows : bad).push(it as never);
    snapshot = { rows, bad, complete, total: complete ? items.size : Math.max(total, items.size) };
    for (const l of listeners) l();
  };
  /** `offset`: where `raws` starts in the read, so a record without a usable id is named by its place in it. */
  const put = (into: Map<string, Item>, raws: readonly unknown[], offset = 0) => {
    const { rows, bad } = buildRows(raws, offset);
    for (const row of rows) into.set(row.videoId, row);
    for (const b of bad) into.set(b.id, b);
  };
  // The whole table in pages (one short task each) into a new map: the last complete snapshot stays as it is until
  // every page is in.
  const reloadAll = async () => {
    const next = new Map<string, Item>();
    await readShortlistPages(db, (raws, offset) => put(next, raws, offset));
    items = next;
    complete = true;
  };
  // The newest rows first, published at once; then everything.
  const firstLoad = async () => {
    items = new Map();
    const [count, raws] = await Promise.all([
      db.shortlist.count(),
      db.shortlist.orderBy('shortlistedAt').reverse().limit(PREVIEW_ROWS).toArray(),
    ]);
    total = count;
    put(items, raws);
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
    put(
      items,
      raws.filter((r) => r !== undefined),
    );
  };

  /*
   * Reads wanted and not yet started. Writes that land while a read runs only add to these, so any number of them
   * (bulk writes one after another, in this page or another) make one read after the running one, not one read
   * each: a whole read of 10,000 takes most of a second. A whole read wanted makes keyed ones moot.
   */
  let wantFirst = false;
  let wantAll = false;
  const wantKeys = new Set<string>();
  let running = false;
  const nextRead = (): (() => Promise<void>) | null => {
    if (wantFirst) {
      wantFirst = wantAll = false;
      wantKeys.clear();
      return firstLoad;
    }
    if (wantAll) {
      wantAll = false;
      wantKeys.clear();
      return reloadAll;
    }
    if (wantKeys.size === 0) return null;
    const keys = [...wantKeys];
    wantKeys.clear();
    return keys.length > PARTIAL_LIMIT ? reloadAll : () => reloadKeys(keys);
  };
  // One read at a time; each done read is published (a failed one leaves the last snapshot).
  const pump = async () => {
    running = true;
    try {
      for (let read = nextRead(); read; read = nextRead()) {
        try {
          await read();
          publish();
        } catch (error) {
          console.warn('[spark-scout] row reload failed', error);
        }
      }
    } finally {
      running = false;
    }
  };
  const want = (what: 'first' | 'all' | readonly string[]) => {
    if (what === 'first') wantFirst = true;
    else if (what === 'all') wantAll = true;
    else for (const k of what) wantKeys.add(k);
    if (!running) void pump();
  };
  const onMutated = (parts: ObservabilitySet) => {
    if (parts.all) return want('all');
    if (!(part in parts)) return;
    const keys = changedKeys(parts[part]);
    want(keys === null || keys.length > PARTIAL_LIMIT ? 'all' : keys);
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      if (listeners.size === 0) {
        Dexie.on('storagemutated', onMutated);
        want('first');
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) Dexie.on('storagemutated').unsubscribe(onMutated);
      };
    },
  };
}
