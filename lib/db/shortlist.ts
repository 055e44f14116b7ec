import { scoreResultSchema, type Objective, type ScoreResult } from '@/lib/schemas/score';
import { shortlistEntrySchema, type ShortlistEntry } from '@/lib/schemas/shortlist';
import { videoRecordSchema, type VideoRecord } from '@/lib/schemas/video';
import type { SparkScoutDb } from './db';
import { derivedScope, refreshCreators } from './derived';
import { summarize } from './records';
import { snapshotFromVideo } from './snapshots';
import { normalizeTags, sameTags } from './tags';
import { check, InvalidInputError, validInput } from './validate';
import { putMergedVideo } from './videos';

export interface ShortlistInput {
  video: VideoRecord;
  /** The score the card showed; weak and ineligible videos are shortlisted too, their reasons kept. */
  score: ScoreResult | null;
  tags?: readonly string[];
  note?: string;
  /** Defaults to the score's objective. */
  objective?: Objective;
}

export interface ShortlistResult {
  entry: ShortlistEntry;
  /** false when the video was already shortlisted (the call then only adds tags / replaces the note). */
  created: boolean;
  /** How many of this creator's videos are shortlisted, this one included. */
  creatorCount: number;
}

/** Middle preset, for the rare caller (an import) with neither an objective nor a score. */
const FALLBACK_OBJECTIVE: Objective = 'consideration';

/**
 * Shortlists a video, idempotently: the video id is the key and the whole write is one transaction, so two tabs
 * shortlisting the same video at once leave one entry (IndexedDB runs overlapping 'rw' transactions one after the
 * other; the second sees the first's entry). Saves the video, its score and the first point of its stats history.
 */
export async function shortlistVideo(db: SparkScoutDb, input: ShortlistInput): Promise<ShortlistResult> {
  const video = validInput(videoRecordSchema, input.video, 'video record');
  const score = input.score === null ? null : validInput(scoreResultSchema, input.score, 'score');
  // The score is saved under its own videoId: one of another video would replace that video's score.
  if (score && score.videoId !== video.id) {
    throw new InvalidInputError(`Invalid score: its videoId ${score.videoId} is not the video's id ${video.id}`);
  }
  const tags = normalizeTags(input.tags ?? []);
  const note = (input.note ?? '').trim();
  return db.transaction('rw', [...derivedScope(db), db.snapshots], async () => {
    const now = db.now();
    const merged = await putMergedVideo(db, video);
    if (score) await db.scores.put(score);
    const stored = check(shortlistEntrySchema, await db.shortlist.get(video.id), video.id);
    const entry: ShortlistEntry = stored.ok
      ? addToExisting(stored.value, tags, note, now)
      : {
          videoId: video.id,
          status: 'candidate',
          tags,
          note,
          objective: input.objective ?? score?.objective ?? FALLBACK_OBJECTIVE,
          handle: merged.author.handle,
          shortlistedAt: now,
          updatedAt: now,
          statusUpdatedAt: now,
          noteUpdatedAt: now,
          tagsUpdatedAt: now,
        };
    const scoreForEntry =
      score?.objective === entry.objective ? score : await db.scores.get([video.id, entry.objective]);
    const parsedScore = scoreForEntry ? scoreResultSchema.safeParse(scoreForEntry) : null;
    await db.shortlist.put({
      ...entry,
      handle: merged.author.handle,
      summary: summarize(merged, parsedScore?.success ? parsedScore.data : null),
    });
    if (!stored.ok) await db.snapshots.put(snapshotFromVideo(merged));
    await refreshCreators(db, [entry.handle, merged.author.handle]);
    const creatorCount = await db.shortlist.where('handle').equals(merged.author.handle).count();
    return { entry: { ...entry, handle: merged.author.handle }, created: !stored.ok, creatorCount };
  });
}

/** Shortlisting again adds the new tags and, when a note was typed, makes it the note. */
function addToExisting(entry: ShortlistEntry, tags: string[], note: string, now: number): ShortlistEntry {
  const nextTags = normalizeTags([...entry.tags, ...tags]);
  const tagsChanged = !sameTags(nextTags, entry.tags);
  const noteChanged = note !== '' && note !== entry.note;
  if (!tagsChanged && !noteChanged) return entry;
  return {
    ...entry,
    tags: nextTags,
    note: noteChanged ? note : entry.note,
    updatedAt: now,
    tagsUpdatedAt: tagsChanged ? now : entry.tagsUpdatedAt,
    noteUpdatedAt: noteChanged ? now : entry.noteUpdatedAt,
  };
}

export interface ShortlistState {
  shortlisted: boolean;
  entry: ShortlistEntry | null;
  /** Set when the stored entry no longer parses. */
  problem: string | null;
  creatorCount: number;
}

/** What the card needs: is this video shortlisted, and how many of the creator's videos are. */
export async function getShortlistState(db: SparkScoutDb, videoId: string, handle?: string): Promise<ShortlistState> {
  return db.transaction('r', [db.shortlist], async () => {
    const raw = await db.shortlist.get(videoId);
    const stored = raw === undefined ? null : check(shortlistEntrySchema, raw, videoId);
    const entry = stored?.ok ? stored.value : null;
    const who = entry?.handle ?? handle;
    const creatorCount = who ? await db.shortlist.where('handle').equals(who).count() : 0;
    return {
      shortlisted: raw !== undefined,
      entry,
      problem: stored && !stored.ok ? stored.reason : null,
      creatorCount,
    };
  });
}
