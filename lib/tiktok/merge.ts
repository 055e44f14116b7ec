/**
 * Merging two reads of the same video (keyed by id). Per stat: an exact number beats an approximate one unless newer
 * JSON shows it out of date, and between equals the newest capture wins. Text fields come from the richest source: a
 * DOM read never overwrites what JSON said (DOM captions are truncated behind "more", DOM counts are rounded).
 * Comments merge by id.
 */
import { STAT_KEYS } from '@/lib/schemas/enums';
import type { Author, DataSource, Stat, VideoComment, VideoFlags, VideoRecord, VideoStats } from '@/lib/schemas/video';
import { roundingStep } from './stats';

/** Comments kept per video: enough for a sentiment sample, bounded so a long session cannot grow without limit. */
export const MAX_COMMENTS = 200;

/** Whether an exact count shows as the display-rounded `approx` (12,050–12,149 all show as "12.1K": 12100). */
function roundsTo(exact: number, approx: number): boolean {
  const half = roundingStep(approx) / 2;
  return exact >= approx - half && exact < approx + half;
}

export function pickStat(a: Stat | null, b: Stat | null): Stat | null {
  if (!a || !b) return a ?? b;
  if (a.exact === b.exact) return b.capturedAt >= a.capturedAt ? b : a;
  const [exact, approx] = a.exact ? [a, b] : [b, a];
  // Later JSON carries fresher numbers (REFERENCE §2.2): its rounded count wins once the older exact one no longer
  // rounds to it. A page reading never wins: how it was rounded depends on the UI language.
  const fresher = approx.capturedAt > exact.capturedAt && approx.source !== 'dom';
  return fresher && !roundsTo(exact.value, approx.value) ? approx : exact;
}

/** Merge by comment id (the later read replaces the earlier), first-seen order kept, at most `max`. */
export function mergeComments(a: VideoComment[], b: VideoComment[], max = MAX_COMMENTS): VideoComment[] {
  const byId = new Map<string, VideoComment>();
  for (const c of a) byId.set(c.id, c);
  for (const c of b) if (byId.has(c.id) || byId.size < max) byId.set(c.id, c);
  return [...byId.values()].slice(0, max);
}

/** A record read only from the page text (no JSON has described this video yet). */
export function domOnly(r: VideoRecord): boolean {
  return r.sources.every((s) => s === 'dom');
}

function mergeFlags(base: VideoFlags, over: VideoFlags): VideoFlags {
  const out = { ...base };
  for (const k of Object.keys(over) as Array<keyof VideoFlags>) out[k] = over[k] ?? base[k];
  return out;
}

function mergeAuthor(base: Author, over: Author): Author {
  return {
    id: over.id ?? base.id,
    handle: over.handle || base.handle,
    nickname: over.nickname ?? base.nickname,
    verified: over.verified ?? base.verified,
    followers: pickStat(base.followers, over.followers),
    secUid: over.secUid ?? base.secUid,
  };
}

function mergeStats(a: VideoStats, b: VideoStats): VideoStats {
  const out = { ...a };
  for (const k of STAT_KEYS) out[k] = pickStat(a[k], b[k]);
  return out;
}

/** Merge two records of the same id; `b` is normally the newer read. */
export function mergeRecords(a: VideoRecord, b: VideoRecord): VideoRecord {
  if (a.id !== b.id) return b;
  // `over` supplies the descriptive fields: the JSON read when one side is DOM-only, else the newer one.
  const [base, over] = domOnly(b) && !domOnly(a) ? [b, a] : domOnly(a) && !domOnly(b) ? [a, b] : [a, b];
  const sources: DataSource[] = [...new Set([...a.sources, ...b.sources])];
  return {
    id: a.id,
    url: over.url,
    author: mergeAuthor(base.author, over.author),
    caption: over.caption || base.caption,
    hashtags: over.hashtags.length ? over.hashtags : base.hashtags,
    mentions: over.mentions.length ? over.mentions : base.mentions,
    postedAt: over.postedAtSource === 'createTime' || base.postedAt === null ? over.postedAt : base.postedAt,
    postedAtSource:
      over.postedAtSource === 'createTime' || base.postedAt === null ? over.postedAtSource : base.postedAtSource,
    durationSec: over.durationSec ?? base.durationSec,
    sound: over.sound ?? base.sound,
    stats: mergeStats(a.stats, b.stats),
    flags: mergeFlags(base.flags, over.flags),
    // Caption URLs are signed and expire: the newest list with any track wins.
    captionTracks: over.captionTracks.length ? over.captionTracks : base.captionTracks,
    transcript: a.transcript ?? b.transcript,
    comments: mergeComments(a.comments, b.comments),
    commentsTotal: b.commentsTotal ?? a.commentsTotal,
    sources,
    capturedAt: Math.max(a.capturedAt, b.capturedAt),
  };
}
