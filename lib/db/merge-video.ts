import { STAT_KEYS, type Stat, type VideoFlags, type VideoRecord, type VideoStats } from '@/lib/schemas/video';

/**
 * Keeps the better of two readings of one number: an exact count (statsV2, API) is never replaced by a rounded
 * one ("1.2M" from the DOM); between two of the same kind, the later reading wins.
 */
export function mergeStat(prev: Stat | null, next: Stat | null): Stat | null {
  if (!next) return prev;
  if (!prev) return next;
  if (prev.exact && !next.exact) return prev;
  if (next.exact && !prev.exact) return next;
  return next.capturedAt >= prev.capturedAt ? next : prev;
}

function mergeStats(prev: VideoStats, next: VideoStats): VideoStats {
  const out = { ...next };
  for (const k of STAT_KEYS) out[k] = mergeStat(prev[k], next[k]);
  return out;
}

function mergeFlags(prev: VideoFlags, next: VideoFlags): VideoFlags {
  const out = { ...next };
  for (const k of Object.keys(out) as Array<keyof VideoFlags>) out[k] = next[k] ?? prev[k];
  return out;
}

/**
 * The stored record after reading `next` for a video already stored as `prev`: the new reading wins field by field,
 * except that a field the new source did not carry (null, empty list) keeps what an earlier source found — a DOM
 * read has no transcript or comments, and must not erase the ones the API gave.
 */
export function mergeVideo(prev: VideoRecord | undefined, next: VideoRecord): VideoRecord {
  if (!prev || prev.id !== next.id) return next;
  return {
    ...next,
    author: {
      ...next.author,
      id: next.author.id ?? prev.author.id,
      nickname: next.author.nickname ?? prev.author.nickname,
      verified: next.author.verified ?? prev.author.verified,
      followers: mergeStat(prev.author.followers, next.author.followers),
      secUid: next.author.secUid ?? prev.author.secUid,
    },
    caption: next.caption || prev.caption,
    hashtags: next.hashtags.length ? next.hashtags : prev.hashtags,
    mentions: next.mentions.length ? next.mentions : prev.mentions,
    postedAt: next.postedAt ?? prev.postedAt,
    postedAtSource: next.postedAt !== null ? next.postedAtSource : prev.postedAtSource,
    durationSec: next.durationSec ?? prev.durationSec,
    sound: next.sound ?? prev.sound,
    stats: mergeStats(prev.stats, next.stats),
    flags: mergeFlags(prev.flags, next.flags),
    captionTracks: next.captionTracks.length ? next.captionTracks : prev.captionTracks,
    transcript: next.transcript ?? prev.transcript,
    comments: next.comments.length ? next.comments : prev.comments,
    commentsTotal: next.commentsTotal ?? prev.commentsTotal,
    sources: [...new Set([...prev.sources, ...next.sources])],
    capturedAt: Math.max(prev.capturedAt, next.capturedAt),
  };
}
