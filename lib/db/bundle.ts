import Dexie, { type PromiseExtended, type Table } from 'dexie';
import { authorizationSchema, type Authorization } from '@/lib/schemas/authorization';
import { scoreResultSchema, type ScoreResult } from '@/lib/schemas/score';
import {
  shortlistEntrySchema,
  statsSnapshotSchema,
  type ShortlistEntry,
  type StatsSnapshot,
} from '@/lib/schemas/shortlist';
import { videoRecordSchema, type VideoRecord } from '@/lib/schemas/video';
import type { SparkScoutDb } from './db';
import { recordsScope, refreshCreators, scoreKey, slices, summarized } from './derived';
import type { ShortlistRecord } from './records';
import { validInput } from './validate';

/** Records of every kind, as a backup restore, a teammate import or a benchmark seed writes them. */
export interface RecordBundle {
  videos?: readonly VideoRecord[];
  scores?: readonly ScoreResult[];
  entries?: readonly ShortlistEntry[];
  snapshots?: readonly StatsSnapshot[];
  authorizations?: readonly Authorization[];
}

/** How far a bundle's write is, in videos: all the records of one video are written together. */
export interface BundleProgress {
  done: number;
  total: number;
}

export interface WriteBundleOptions {
  /**
   * Called before the first write (done 0) and after each slice of videos is written. It runs while the transaction
   * is open (outside its Dexie zone): keep it short, and start nothing from it that reads the database.
   */
  onProgress?: (progress: BundleProgress) => void;
  /**
   * The stored entries of videos whose entry the bundle replaces, as the caller has just read them in the same
   * transaction (null: none, or unreadable), so they are not read again (a restore checks them before writing).
   */
  storedEntries?: ReadonlyMap<string, ShortlistEntry | null>;
}

/** The tables writeBundle writes: a caller that opens the transaction itself (applyRestore) opens it over these. */
export const bundleScope = recordsScope;

/**
 * Videos per slice: each slice is checked, summarized and handed to IndexedDB in one task (0.1–0.25 s in Chromium
 * on a busy 2-core machine for 200 generated videos with their records, garbage collection included); between
 * slices the page paints and the progress moves. 500 gave tasks up to twice as long for no faster total.
 */
const SLICE_VIDEOS = 200;
/** Keys per read request when stored records are needed. */
const READ_SLICE = 1000;

/** The records of one video in the bundle. */
interface Group {
  videos: VideoRecord[];
  scores: ScoreResult[];
  entries: ShortlistEntry[];
  snapshots: StatsSnapshot[];
  authorizations: Authorization[];
}

/**
 * Writes a bundle as given (the caller has already merged it with what is stored) in one transaction: all or
 * nothing, so one invalid record (InvalidInputError) or one failed write leaves the database as it was. Summaries
 * and creators are recomputed for the written records.
 *
 * Restoring 10,000 videos took 15 s in Chromium, three times a plain bulkPut of the same records: each entry was
 * written twice, and the videos, scores and entries just written were read back and checked again to summarize
 * them. Now the summaries come from the records in hand (stored records are read only where a written one pairs
 * with them: an entry whose video is not in the bundle, an entry being replaced), and the records go in a slice of
 * videos at a time, the next slice checked while IndexedDB writes the one before.
 *
 * Inside the transaction every await is on a Dexie promise: a native promise that no IndexedDB request settles
 * (an async helper that happens to read nothing) loses Dexie's transaction zone, and later writes would escape it.
 */
export async function writeBundle(
  db: SparkScoutDb,
  bundle: RecordBundle,
  opts: WriteBundleOptions = {},
): Promise<void> {
  const groups = groupByVideo(bundle);
  const total = groups.size;
  const report = (progress: BundleProgress) =>
    opts.onProgress && Dexie.ignoreTransaction(() => opts.onProgress!(progress));
  await db.transaction('rw', bundleScope(db), async () => {
    report({ done: 0, total });
    const paired = emptyPaired();
    // Videos whose summary the bundle changes. Their stored entries are read where the write pairs with them (an
    // entry the bundle does not replace) or where the caller has not read them already (a replaced entry's handle);
    // which ones exist is known from the keys (one request), so into an empty profile nothing else is read.
    const touched = [...groups].filter(([, g]) => touchesSummary(g)).map(([id]) => id);
    const unknown: string[] = [];
    for (const id of touched) {
      const replaced = groups.get(id)!.entries.length > 0;
      if (!replaced || !opts.storedEntries?.has(id)) unknown.push(id);
      else if (opts.storedEntries.get(id)) paired.handles.push(opts.storedEntries.get(id)!.handle);
    }
    const existing = new Set<unknown>(unknown.length > 0 ? await db.shortlist.toCollection().primaryKeys() : []);
    for (const keys of slices(
      unknown.filter((id) => existing.has(id)),
      READ_SLICE,
    )) {
      addEntries(paired, keys, await db.shortlist.bulkGet(keys));
    }
    const { videos, scores } = pairsToRead(groups, touched, paired);
    for (const keys of slices(videos, READ_SLICE)) addVideos(paired, keys, await db.videos.bulkGet(keys));
    for (const keys of slices(scores, READ_SLICE)) addScores(paired, keys, await db.scores.bulkGet(keys));

    const handles = new Set<string>(paired.handles);
    const written: ShortlistRecord[] = [];
    const pending = new Pending();
    for (const ids of slices([...groups.keys()], SLICE_VIDEOS)) {
      const out = emptyGroup();
      const records: ShortlistRecord[] = [];
      for (const id of ids) {
        const g = checkGroup(groups.get(id)!);
        for (const k of GROUP_KEYS) (out[k] as unknown[]).push(...g[k]);
        const made = summaryRecord(id, g, paired);
        if (!made) continue;
        handles.add(made.entry.handle).add(made.record.handle);
        records.push(made.record);
      }
      pending.add(db.videos, out.videos);
      pending.add(db.scores, out.scores);
      pending.add(db.snapshots, out.snapshots);
      pending.add(db.authorizations, out.authorizations);
      pending.add(db.shortlist, records);
      for (const r of records) written.push(r);
      // The next slice is checked while IndexedDB writes this one; the one before must be done first.
      report({ done: await pending.close(ids.length, 1), total });
    }
    const done = await pending.close(0, 0);
    if (total > 0) report({ done, total });
    // In key order, as a rebuild from the table reads them (a creator's nickname is its first video's).
    written.sort((a, b) => (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0));
    await refreshCreators(db, handles, written);
  });
}

const GROUP_KEYS = ['videos', 'scores', 'entries', 'snapshots', 'authorizations'] as const;
const emptyGroup = (): Group => ({ videos: [], scores: [], entries: [], snapshots: [], authorizations: [] });

function groupByVideo(bundle: RecordBundle): Map<string, Group> {
  const groups = new Map<string, Group>();
  const group = (id: unknown): Group => {
    const key = String(id);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = emptyGroup()));
    return g;
  };
  for (const v of bundle.videos ?? []) group(v.id).videos.push(v);
  for (const s of bundle.scores ?? []) group(s.videoId).scores.push(s);
  for (const e of bundle.entries ?? []) group(e.videoId).entries.push(e);
  for (const s of bundle.snapshots ?? []) group(s.videoId).snapshots.push(s);
  for (const a of bundle.authorizations ?? []) group(a.videoId).authorizations.push(a);
  return groups;
}

/** The records of one video, each checked against its contract (InvalidInputError names the first that fails). */
function checkGroup(g: Group): Group {
  return {
    videos: g.videos.map((v) => validInput(videoRecordSchema, v, `video ${v.id}`)),
    scores: g.scores.map((s) => validInput(scoreResultSchema, s, `score of ${s.videoId}`)),
    entries: g.entries.map((e) => validInput(shortlistEntrySchema, e, `entry ${e.videoId}`)),
    snapshots: g.snapshots.map((s) => validInput(statsSnapshotSchema, s, `snapshot of ${s.videoId}`)),
    authorizations: g.authorizations.map((a) => validInput(authorizationSchema, a, `authorization ${a.id}`)),
  };
}

/** Whether a video's records change its summary (snapshots and codes do not). */
const touchesSummary = (g: Group) => g.videos.length + g.scores.length + g.entries.length > 0;

/** Stored records that written ones pair with, read before anything is written. */
interface PairedRecords {
  /** Stored entries (raw, as in the table) of videos the bundle touches. */
  entries: Map<string, unknown>;
  /** Stored videos of entries whose video the bundle does not bring; null when unreadable. */
  videos: Map<string, VideoRecord | null>;
  /** Stored scores ("id/objective") of entries whose score the bundle does not bring; null when unreadable. */
  scores: Map<string, ScoreResult | null>;
  /** Handles of the stored entries: when an entry moves to another creator, both are recounted. */
  handles: string[];
}

const emptyPaired = (): PairedRecords => ({ entries: new Map(), videos: new Map(), scores: new Map(), handles: [] });

function addEntries(paired: PairedRecords, keys: readonly string[], raws: readonly unknown[]) {
  raws.forEach((raw, i) => {
    if (raw === undefined) return;
    paired.entries.set(keys[i]!, raw);
    const handle = (raw as { handle?: unknown }).handle;
    if (typeof handle === 'string') paired.handles.push(handle);
  });
}

function addVideos(paired: PairedRecords, keys: readonly string[], raws: readonly unknown[]) {
  raws.forEach((raw, i) => {
    const video = videoRecordSchema.safeParse(raw);
    paired.videos.set(keys[i]!, video.success ? video.data : null);
  });
}

function addScores(paired: PairedRecords, keys: ReadonlyArray<[string, string]>, raws: readonly unknown[]) {
  raws.forEach((raw, i) => {
    const score = scoreResultSchema.safeParse(raw);
    paired.scores.set(scoreKey(...keys[i]!), score.success ? score.data : null);
  });
}

/** Of the touched videos with an entry after the write, which videos and scores must come from the table. */
function pairsToRead(groups: ReadonlyMap<string, Group>, touched: readonly string[], paired: PairedRecords) {
  const videos: string[] = [];
  const scores: Array<[string, string]> = [];
  for (const id of touched) {
    const g = groups.get(id)!;
    const entry = g.entries.at(-1) ?? parsedEntry(paired.entries.get(id));
    if (!entry) continue;
    if (g.videos.length === 0) videos.push(id);
    if (!g.scores.some((s) => s.objective === entry.objective)) scores.push([id, entry.objective]);
  }
  return { videos, scores };
}

function parsedEntry(raw: unknown): ShortlistEntry | null {
  if (raw === undefined) return null;
  const parsed = shortlistEntrySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The shortlist record of one video after the write, with its summary (`checked`: the video's records in the
 * bundle, checked); null when it has no readable entry. Entry, video and score are the bundle's where it has them,
 * else the stored ones.
 */
function summaryRecord(
  id: string,
  checked: Group,
  paired: PairedRecords,
): { entry: ShortlistEntry; record: ShortlistRecord } | null {
  if (!touchesSummary(checked)) return null;
  const raw = paired.entries.get(id);
  const entry = checked.entries.at(-1) ?? parsedEntry(raw);
  if (!entry) return null;
  const video = checked.videos.at(-1) ?? paired.videos.get(id) ?? null;
  const score =
    checked.scores.findLast((s) => s.objective === entry.objective) ??
    paired.scores.get(scoreKey(id, entry.objective)) ??
    null;
  // A written entry replaces the stored record whole; a stored one keeps any field the contract does not know.
  const base = checked.entries.length > 0 ? entry : { ...(raw as object), ...entry };
  return { entry, record: summarized(base, video, score) };
}

/**
 * Writes issued and not yet known to be done, a slice at a time. A failed write is kept (not left unhandled) and
 * thrown from close(), so the caller's transaction aborts and nothing is written.
 */
class Pending {
  private slices: Array<{ size: number; written: PromiseExtended<void> }> = [];
  private current: Array<PromiseExtended<void>> = [];
  private failure: { error: unknown } | null = null;
  private done = 0;

  add<T, K>(table: Table<T, K>, records: readonly T[]): void {
    if (records.length === 0) return;
    this.current.push(
      table.bulkPut(records as T[]).then(
        () => undefined,
        (error: unknown) => {
          this.failure ??= { error };
        },
      ),
    );
  }

  /**
   * Closes the slice of `size` videos whose writes were just added and waits until at most `keep` slices are still
   * being written (requests complete in order, so a slice is done when its last write is). Resolves to the number
   * of videos written. A Dexie promise, never a native one (see writeBundle).
   */
  close(size: number, keep: number): PromiseExtended<number> {
    const last = this.current.at(-1);
    this.current = [];
    // Every video of a slice has at least one record, so a slice always has a last write.
    if (last) this.slices.push({ size, written: last });
    let wait: PromiseExtended<void> = Dexie.Promise.resolve();
    for (const slice of this.slices.splice(0, Math.max(0, this.slices.length - keep))) {
      wait = wait.then(() => slice.written).then(() => void (this.done += slice.size));
    }
    return wait.then(() => {
      if (this.failure) throw this.failure.error;
      return this.done;
    });
  }
}
