import { z } from 'zod/mini';
import { STAT_KEYS, type StatKey } from './enums';

export { STAT_KEYS, type StatKey };

/**
 * The one normalized video record, whatever the source (rehydration JSON, SIGI_STATE, __NEXT_DATA__, API
 * traffic, DOM). Written with zod/mini because the content script ships it (full zod adds ~24 kB gzipped).
 * Times are Unix epoch milliseconds. Ids are decimal strings: TikTok ids exceed 2^53.
 */

export const VIDEO_ID_RE = /^\d{1,25}$/;
export const videoIdSchema = z.string().check(z.regex(VIDEO_ID_RE));

/** Where a number came from. `statsV2` strings are exact; `stats` numbers are rounded when large. */
export const statSourceSchema = z.enum(['statsV2', 'stats', 'dom', 'import']);
export type StatSource = z.infer<typeof statSourceSchema>;

export const statSchema = z.object({
  value: z.number().check(z.int(), z.gte(0), z.lte(1e13)),
  exact: z.boolean(),
  source: statSourceSchema,
  /** When the page or response carrying this number was read (ms). */
  capturedAt: z.number(),
});
export type Stat = z.infer<typeof statSchema>;

export const statsSchema = z.object({
  views: z.nullable(statSchema),
  likes: z.nullable(statSchema),
  comments: z.nullable(statSchema),
  shares: z.nullable(statSchema),
  saves: z.nullable(statSchema),
});
export type VideoStats = z.infer<typeof statsSchema>;

export const authorSchema = z.object({
  id: z.nullable(z.string()),
  /** The @handle without the "@". */
  handle: z.string(),
  nickname: z.nullable(z.string()),
  verified: z.nullable(z.boolean()),
  followers: z.nullable(statSchema),
  secUid: z.nullable(z.string()),
});
export type Author = z.infer<typeof authorSchema>;

export const soundSchema = z.object({
  id: z.nullable(z.string()),
  title: z.nullable(z.string()),
  author: z.nullable(z.string()),
  /** true: the creator's own sound (safe in ads); false: a track, possibly commercial. */
  original: z.nullable(z.boolean()),
});
export type Sound = z.infer<typeof soundSchema>;

/** null = the source did not say. */
const flag = z.nullable(z.boolean());
export const flagsSchema = z.object({
  isAd: flag,
  /** Branded-content / "paid partnership" disclosure switched on. */
  brandedContent: flag,
  private: flag,
  photo: flag,
  story: flag,
  duetEnabled: flag,
  stitchEnabled: flag,
  commentsEnabled: flag,
  aiGenerated: flag,
  ageRestricted: flag,
  /** Duet / stitch of another video (or a photo carousel with duet). */
  isDuetOrStitch: flag,
});
export type VideoFlags = z.infer<typeof flagsSchema>;

export const captionTrackSchema = z.object({
  language: z.string(),
  /** ASR = speech recognition in the spoken language; MT = machine translation. */
  source: z.enum(['ASR', 'MT', 'other']),
  url: z.string(),
  format: z.string(),
  expiresAt: z.nullable(z.number()),
});
export type CaptionTrack = z.infer<typeof captionTrackSchema>;

export const cueSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });
export type Cue = z.infer<typeof cueSchema>;

export const transcriptSchema = z.object({
  language: z.string(),
  source: z.enum(['ASR', 'MT', 'other']),
  cues: z.array(cueSchema),
  fetchedAt: z.number(),
});
export type Transcript = z.infer<typeof transcriptSchema>;

export const commentSchema = z.object({
  id: z.string(),
  text: z.string(),
  likes: z.nullable(z.number()),
  createdAt: z.nullable(z.number()),
  language: z.nullable(z.string()),
  isReply: z.boolean(),
});
export type VideoComment = z.infer<typeof commentSchema>;

export const dataSourceSchema = z.enum([
  'rehydration',
  'sigi',
  'next-data',
  'api-detail',
  'api-list',
  'api-search',
  'dom',
  'import',
]);
export type DataSource = z.infer<typeof dataSourceSchema>;

export const videoRecordSchema = z.object({
  id: videoIdSchema,
  /** Canonical https://www.tiktok.com/@handle/video/ID (or /photo/ID). */
  url: z.string(),
  author: authorSchema,
  caption: z.string(),
  hashtags: z.array(z.string()),
  mentions: z.array(z.string()),
  postedAt: z.nullable(z.number()),
  postedAtSource: z.nullable(z.enum(['createTime', 'id'])),
  durationSec: z.nullable(z.number()),
  sound: z.nullable(soundSchema),
  stats: statsSchema,
  flags: flagsSchema,
  captionTracks: z.array(captionTrackSchema),
  transcript: z.nullable(transcriptSchema),
  comments: z.array(commentSchema),
  /** Total comment count TikTok reported with the comment page, when known. */
  commentsTotal: z.nullable(z.number()),
  sources: z.array(dataSourceSchema),
  capturedAt: z.number(),
});
export type VideoRecord = z.infer<typeof videoRecordSchema>;

/** Why a page could not give a video. Each maps to a user-readable sentence in lib/tiktok/page-state.ts. */
export const pageProblemSchema = z.enum([
  'private-video',
  'private-account',
  'not-found',
  'login-required',
  'age-restricted',
  'captcha',
  'live',
  'no-data',
  'not-a-video-page',
]);
export type PageProblem = z.infer<typeof pageProblemSchema>;
