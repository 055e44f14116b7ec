import { z } from 'zod/mini';
import { bandSchema, policyCategorySchema, type ScoreResult } from '@/lib/schemas/score';
import { shortlistEntrySchema } from '@/lib/schemas/shortlist';
import type { VideoRecord } from '@/lib/schemas/video';

/**
 * Database-only record shapes. The shared contracts (VideoRecord, ScoreResult, ShortlistEntry, Authorization) live in
 * lib/schemas; these add what the database derives from them so list screens never join or load full records.
 */

const count = z.nullable(z.number());

/**
 * The part of a video and its score a list row needs, copied onto the shortlist record (schema v2). A full
 * VideoRecord carries comments and transcripts (tens of kB); 10,000 of them are too slow to load for a table.
 */
export const rowSummarySchema = z.object({
  url: z.string(),
  caption: z.string(),
  hashtags: z.array(z.string()),
  nickname: z.nullable(z.string()),
  followers: count,
  views: count,
  likes: count,
  comments: count,
  shares: count,
  saves: count,
  /** Every known count exact (statsV2 / API). */
  statsExact: z.boolean(),
  postedAt: count,
  durationSec: count,
  /** Score for the entry's objective; null until one is saved for that objective. */
  score: count,
  band: z.nullable(bandSchema),
  policyCategories: z.array(policyCategorySchema),
  eligibility: z.nullable(z.enum(['eligible', 'at-risk', 'ineligible'])),
  scoringVersion: z.nullable(z.string()),
  scoredAt: count,
});
export type RowSummary = z.infer<typeof rowSummarySchema>;

export const shortlistRecordSchema = z.extend(shortlistEntrySchema, { summary: rowSummarySchema });
export type ShortlistRecord = z.infer<typeof shortlistRecordSchema>;

/** Derived per-creator totals, rewritten by the repository whenever one of the creator's entries changes. */
export const creatorRecordSchema = z.object({
  handle: z.string(),
  nickname: z.nullable(z.string()),
  followers: count,
  shortlisted: z.number(),
  bestScore: count,
  totalViews: z.number(),
  /** Entries with status `live`: one alone means the campaign depends on a single video. */
  liveVideoIds: z.array(z.string()),
  updatedAt: z.number(),
});
export type CreatorRecord = z.infer<typeof creatorRecordSchema>;

export function summarize(video: VideoRecord, score: ScoreResult | null): RowSummary {
  return { ...videoSummary(video), ...scoreSummary(score) };
}

/** The fields of a row summary copied from the video record. */
function videoSummary(video: VideoRecord) {
  const s = video.stats;
  const known = [s.views, s.likes, s.comments, s.shares, s.saves].filter((x) => x !== null);
  return {
    url: video.url,
    caption: video.caption,
    hashtags: video.hashtags,
    nickname: video.author.nickname,
    followers: video.author.followers?.value ?? null,
    views: s.views?.value ?? null,
    likes: s.likes?.value ?? null,
    comments: s.comments?.value ?? null,
    shares: s.shares?.value ?? null,
    saves: s.saves?.value ?? null,
    statsExact: known.length > 0 && known.every((x) => x.exact),
    postedAt: video.postedAt,
    durationSec: video.durationSec,
  };
}

/** The fields of a row summary copied from the score for the entry's objective. */
function scoreSummary(score: ScoreResult | null) {
  return {
    score: score?.total ?? null,
    band: score?.band ?? null,
    policyCategories: [...new Set(score?.policyFlags.map((f) => f.category) ?? [])],
    eligibility: score?.eligibility.status ?? null,
    scoringVersion: score?.scoringVersion ?? null,
    scoredAt: score?.scoredAt ?? null,
  };
}

const SCORE_FIELDS: ReadonlySet<string> = new Set(Object.keys(scoreSummary(null)));

const sameField = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/**
 * Whether `stored` (a stored record's summary, unchecked) shows the same video as `summary`: every field that comes
 * from the video is equal; the score's fields may differ. Every write of a video refreshes its summary in the same
 * transaction, so this tells, without reading the video, whether the row would show it differently than when
 * `summary` was made (a change the row does not show, such as new comments, leaves `summary` right anyway).
 */
export function sameVideoFields(summary: RowSummary, stored: unknown): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const other = stored as Record<string, unknown>;
  return Object.entries(summary).every(([key, value]) => SCORE_FIELDS.has(key) || sameField(value, other[key]));
}

/** A summary for an entry whose video record is missing (e.g. a CSV import row): what the entry itself knows. */
export function emptySummary(handle: string, videoId: string): RowSummary {
  return {
    url: `https://www.tiktok.com/@${handle}/video/${videoId}`,
    caption: '',
    hashtags: [],
    nickname: null,
    followers: null,
    views: null,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    statsExact: false,
    postedAt: null,
    durationSec: null,
    score: null,
    band: null,
    policyCategories: [],
    eligibility: null,
    scoringVersion: null,
    scoredAt: null,
  };
}
