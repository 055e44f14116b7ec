import type { Table } from 'dexie';
import { scoreResultSchema, type Objective, type ScoreResult } from '@/lib/schemas/score';
import { shortlistEntrySchema, type ShortlistEntry } from '@/lib/schemas/shortlist';
import { videoRecordSchema, type VideoRecord } from '@/lib/schemas/video';
import { aggregateCreator, creatorInputOf, groupCreators } from './creator-stats';
import type { SparkScoutDb } from './db';
import {
  emptySummary,
  sameVideoFields,
  shortlistRecordSchema,
  summarize,
  type RowSummary,
  type ShortlistRecord,
} from './records';

/**
 * Keeps the derived data (shortlist summaries, creator totals) in step with the records they copy. Call inside a
 * 'rw' transaction over derivedScope(db) so the record and what is derived from it change together.
 */
export const derivedScope = (db: SparkScoutDb) => [db.shortlist, db.videos, db.scores, db.creators];

/** derivedScope and the records nothing is derived from: what writing a whole video's records (a restore, an undo) needs. */
export const recordsScope = (db: SparkScoutDb) => [...derivedScope(db), db.snapshots, db.authorizations];

/** A key for a video's score under one objective, for in-memory maps that pair entries with their score. */
export const scoreKey = (videoId: string, objective: string) => `${videoId}\u0000${objective}`;

/** `list` cut into consecutive slices of at most `size`. */
export function slices<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Records per put request in bulkPutInSlices. */
const PUT_SLICE = 2000;

/**
 * `table.bulkPut(records)` a slice at a time, inside the caller's transaction. A put copies its record on the main
 * thread as it is issued, so one bulkPut of 10,000 scores froze the dashboard for 0.7–0.9 s at the end of Rescore
 * all; between slices the page gets to paint (longest task 0.25–0.35 s, total time the same, measured in Chromium).
 */
export async function bulkPutInSlices<T, K>(table: Table<T, K>, records: readonly T[]): Promise<void> {
  for (const slice of slices(records, PUT_SLICE)) await table.bulkPut(slice);
}

/** Past this many creators, one pass over the whole table beats one index query per creator. */
const REBUILD_ALL_CREATORS_OVER = 50;

/**
 * A summary the caller already computed from the video it just read and checked and the score it just made (Rescore
 * all): used as is when the entry still has that objective and handle and its stored summary still shows that video
 * (see usableKnown), so 10,000 videos and scores are not read back and checked again inside the saving transaction.
 */
export interface KnownSummary {
  objective: Objective;
  handle: string;
  summary: RowSummary;
}

/**
 * Whether a known summary still describes the entry. The caller read the video a while ago (Rescore all runs for
 * seconds); a fresher reading saved since (the card's snapshot, another tab) rewrote the stored summary in its own
 * transaction, so comparing the video's fields with the stored summary catches it without reading the video again.
 */
function usableKnown(k: KnownSummary | undefined, entry: ShortlistEntry, storedSummary: unknown): k is KnownSummary {
  return (
    k !== undefined &&
    k.objective === entry.objective &&
    k.handle === entry.handle &&
    sameVideoFields(k.summary, storedSummary)
  );
}

/** Recomputes the summary of each shortlisted video in `videoIds` (others are ignored), then their creators. */
export async function refreshSummaries(
  db: SparkScoutDb,
  videoIds: readonly string[],
  known?: ReadonlyMap<string, KnownSummary>,
): Promise<void> {
  const raws = await db.shortlist.bulkGet([...new Set(videoIds)]);
  const entries = raws.flatMap((raw) => {
    const parsed = shortlistEntrySchema.safeParse(raw);
    return parsed.success ? [{ raw: raw!, entry: parsed.data }] : [];
  });
  if (entries.length === 0) return;
  const handles = new Set<string>();
  const records: ShortlistRecord[] = [];
  const rest: typeof entries = [];
  for (const { raw, entry } of entries) {
    const k = known?.get(entry.videoId);
    if (!usableKnown(k, entry, (raw as { summary?: unknown }).summary)) {
      rest.push({ raw, entry });
      continue;
    }
    handles.add(entry.handle);
    records.push({ ...raw, ...entry, summary: k.summary });
  }
  const videos = await db.videos.bulkGet(rest.map((e) => e.entry.videoId));
  const scores = await db.scores.bulkGet(rest.map((e) => [e.entry.videoId, e.entry.objective] as [string, string]));
  rest.forEach(({ raw, entry }, i) => {
    const video = videoRecordSchema.safeParse(videos[i]);
    const score = scoreResultSchema.safeParse(scores[i]);
    const record = summarized(
      { ...raw, ...entry },
      video.success ? video.data : null,
      score.success ? score.data : null,
    );
    handles.add(entry.handle).add(record.handle);
    records.push(record);
  });
  await bulkPutInSlices(db.shortlist, records);
  await refreshCreators(db, handles, records);
}

/** An entry with the summary of its video (null: missing or unreadable) and its score for the entry's objective. */
export function summarized<E extends ShortlistEntry>(
  entry: E,
  video: VideoRecord | null,
  score: ScoreResult | null,
): E & ShortlistRecord {
  if (!video) return { ...entry, summary: emptySummary(entry.handle, entry.videoId) };
  // Creators can rename their @handle; the entry follows the latest reading and both creators are recounted.
  return { ...entry, handle: video.author.handle, summary: summarize(video, score) };
}

/**
 * Rewrites the totals of the given creators from their shortlist records (deleting creators with none left).
 * `written`: records just put in this transaction, valid by construction; when they are the whole table (Rescore all)
 * the creators are rebuilt from them instead of reading and checking the table again.
 */
export async function refreshCreators(
  db: SparkScoutDb,
  handles: Iterable<string>,
  written?: readonly ShortlistRecord[],
): Promise<void> {
  const unique = [...new Set(handles)];
  if (unique.length > REBUILD_ALL_CREATORS_OVER) {
    const whole = written !== undefined && written.length === (await db.shortlist.count());
    return rebuildCreators(db, whole ? written : undefined);
  }
  for (const handle of unique) {
    const records = validRecords(await db.shortlist.where('handle').equals(handle).toArray());
    if (records.length === 0) await db.creators.delete(handle);
    else await db.creators.put(aggregateCreator(handle, records.map(creatorInputOf), db.now()));
  }
}

/** Rebuilds every creator's totals from `all` (every shortlist record, valid) or from the table. */
export async function rebuildCreators(db: SparkScoutDb, all?: readonly ShortlistRecord[]): Promise<void> {
  const records = all ?? validRecords(await db.shortlist.toArray());
  await db.creators.clear();
  await db.creators.bulkPut(groupCreators(records.map(creatorInputOf), db.now()));
}

function validRecords(raws: readonly unknown[]): ShortlistRecord[] {
  return raws.flatMap((raw) => {
    const parsed = shortlistRecordSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}
