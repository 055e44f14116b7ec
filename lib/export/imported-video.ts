import { UNKNOWN_FLAGS } from '@/lib/schemas/enums';
import type { Stat, VideoRecord } from '@/lib/schemas/video';

/** What a flat copy of a video (a CSV row, a shortlist summary) says about it. */
export interface FlatVideo {
  id: string;
  url: string;
  handle: string;
  nickname: string | null;
  followers: number | null;
  caption: string;
  hashtags: string[];
  postedAt: number | null;
  durationSec: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
}

/**
 * A video record from a flat copy: what the copy cannot say (flags, sound, transcript, comments) is left unknown,
 * and every count is `source: 'import'`, read at `capturedAt`.
 */
export function importedVideo(f: FlatVideo, capturedAt: number, exact: boolean): VideoRecord {
  const stat = (value: number | null): Stat | null =>
    value === null ? null : { value, exact, source: 'import', capturedAt };
  return {
    id: f.id,
    url: f.url,
    author: {
      id: null,
      handle: f.handle,
      nickname: f.nickname,
      verified: null,
      followers: stat(f.followers),
      secUid: null,
    },
    caption: f.caption,
    hashtags: f.hashtags,
    mentions: [],
    postedAt: f.postedAt,
    // A copy does not say; createTime is what every source except the id fallback gives.
    postedAtSource: f.postedAt === null ? null : 'createTime',
    durationSec: f.durationSec,
    sound: null,
    stats: {
      views: stat(f.views),
      likes: stat(f.likes),
      comments: stat(f.comments),
      shares: stat(f.shares),
      saves: stat(f.saves),
    },
    flags: { ...UNKNOWN_FLAGS },
    captionTracks: [],
    transcript: null,
    comments: [],
    commentsTotal: null,
    sources: ['import'],
    capturedAt,
  };
}
