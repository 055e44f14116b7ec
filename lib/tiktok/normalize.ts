/**
 * One item struct (SSR `itemStruct`, API `itemList[]`, SIGI `ItemModule[id]`, search `data[].item`) → VideoRecord,
 * validated with the shared zod/mini schema. Never throws: bad input gives `{ ok: false, reason }`.
 */
import type { Author, DataSource, VideoRecord } from '@/lib/schemas/video';
import { authorOf, soundOf } from './author';
import { captionTracksOf } from './caption-tracks';
import { hashtagsOf, mentionsOf } from './caption-text';
import { count, idStr, isObj, obj, str, type Obj } from './coerce';
import { flagsOf } from './flags';
import { statFrom } from './stats';
import { canonicalVideoUrl, postedAtFromId, unixSecondsToMs } from './urls';

export interface NormalizeContext {
  source: DataSource;
  capturedAt: number;
  /** Profiles already known (SIGI UserModule, user-detail), to fill the author of flattened SIGI items. */
  authors?: ReadonlyMap<string, Author>;
}

export type NormalizeResult =
  { ok: true; record: VideoRecord } | { ok: false; reason: string; live?: boolean; id?: string };

const MAX_CAPTION = 5000;
const MAX_DURATION_S = 24 * 3600;

export function normalizeItem(raw: unknown, ctx: NormalizeContext): NormalizeResult {
  try {
    return build(raw, ctx);
  } catch (err) {
    return { ok: false, reason: `item could not be read (${(err as Error)?.message ?? 'unknown error'})` };
  }
}

function build(raw: unknown, ctx: NormalizeContext): NormalizeResult {
  if (!isObj(raw)) return { ok: false, reason: 'item is not an object' };
  const id = idStr(raw.id);
  if (!id) return { ok: false, reason: 'item has no usable id' };
  // LIVE cards in the feed look like items but describe a stream, not a post (Zeeschuimer filters them too).
  if (raw.liveRoomInfo != null) return { ok: false, reason: 'LIVE card, not a post', live: true, id };
  let author = authorOf(raw, ctx.capturedAt);
  if (!author) return { ok: false, reason: 'item has no author handle', id };
  const known = ctx.authors?.get(author.handle);
  if (known) author = { ...known, ...definedOnly(author), followers: author.followers ?? known.followers };

  const caption = (str(raw.desc, MAX_CAPTION) ?? '').trim();
  const video = obj(raw.video);
  const createdAt = unixSecondsToMs(raw.createTime);
  const idTime = createdAt === null ? postedAtFromId(id) : null;
  const flags = flagsOf(raw, caption);
  const v2 = obj(raw.statsV2);
  const v1 = obj(raw.stats);
  const t = ctx.capturedAt;

  const record: VideoRecord = {
    id,
    url: canonicalVideoUrl(author.handle, id, flags.photo ? 'photo' : 'video'),
    author,
    caption,
    hashtags: hashtagsOf(raw, caption),
    mentions: mentionsOf(raw, caption),
    postedAt: createdAt ?? idTime,
    postedAtSource: createdAt !== null ? 'createTime' : idTime !== null ? 'id' : null,
    durationSec: durationOf(video),
    sound: soundOf(raw),
    stats: {
      views: statFrom(v2.playCount, v1.playCount, t),
      likes: statFrom(v2.diggCount, v1.diggCount, t),
      comments: statFrom(v2.commentCount, v1.commentCount, t),
      shares: statFrom(v2.shareCount, v1.shareCount, t),
      saves: statFrom(v2.collectCount, v1.collectCount, t),
    },
    flags,
    captionTracks: captionTracksOf(video),
    transcript: null,
    comments: [],
    commentsTotal: null,
    sources: [ctx.source],
    capturedAt: t,
  };
  // Every field above went through lib/tiktok/coerce, so the record fits videoRecordSchema by construction (the
  // property tests check it against the schema); the background validates it again with zod when it arrives.
  return { ok: true, record };
}

/** Seconds; 0 (photo slideshows, audio-only) and absurd values mean unknown. */
function durationOf(video: Obj): number | null {
  const d = typeof video.duration === 'string' ? count(video.duration) : video.duration;
  if (typeof d !== 'number' || !Number.isFinite(d) || d <= 0 || d > MAX_DURATION_S) return null;
  return Math.round(d * 1000) / 1000;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
