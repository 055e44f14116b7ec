/** Test videos for the scoring tests: a plain, eligible, well-described record that each test bends. */
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { ScoreContext } from '@/lib/scoring';
import type { Stat, VideoComment, VideoFlags, VideoRecord, VideoStats } from '@/lib/schemas/video';

export const NOW = Date.UTC(2026, 6, 1, 12);
export const DAY = 86_400_000;

export const stat = (value: number, exact = true): Stat => ({
  value,
  exact,
  source: exact ? 'statsV2' : 'dom',
  capturedAt: NOW,
});

export function comments(...texts: string[]): VideoComment[] {
  return texts.map((text, i) => ({ id: `c${i}`, text, likes: null, createdAt: null, language: null, isReply: false }));
}

export interface VideoOverrides extends Partial<Omit<VideoRecord, 'stats' | 'flags' | 'author'>> {
  stats?: Partial<VideoStats>;
  flags?: Partial<VideoFlags>;
  followers?: number | null;
  handle?: string;
}

export function makeVideo(o: VideoOverrides = {}): VideoRecord {
  const { stats, flags, followers = 50_000, handle = 'creator', ...rest } = o;
  return {
    id: '7606836476323597588',
    url: `https://www.tiktok.com/@${handle}/video/7606836476323597588`,
    author: {
      id: '1',
      handle,
      nickname: 'A Creator',
      verified: false,
      followers: followers === null ? null : stat(followers),
      secUid: null,
    },
    caption: 'My morning routine for glowing skin',
    hashtags: [],
    mentions: [],
    postedAt: NOW - 10 * DAY,
    postedAtSource: 'createTime',
    durationSec: 27,
    sound: { id: 's1', title: 'original sound - creator', author: 'creator', original: true },
    stats: {
      views: stat(100_000),
      likes: stat(4_000),
      comments: stat(100),
      shares: stat(50),
      saves: stat(50),
      ...stats,
    },
    flags: {
      isAd: false,
      brandedContent: false,
      private: false,
      photo: false,
      story: false,
      duetEnabled: true,
      stitchEnabled: true,
      commentsEnabled: true,
      aiGenerated: false,
      ageRestricted: false,
      isDuetOrStitch: false,
      ...flags,
    },
    captionTracks: [],
    transcript: null,
    comments: [],
    commentsTotal: null,
    sources: ['api-detail'],
    capturedAt: NOW,
    ...rest,
  };
}

export function transcript(...cues: Array<[number, string]>): VideoRecord['transcript'] {
  return {
    language: 'en',
    source: 'ASR',
    fetchedAt: NOW,
    cues: cues.map(([start, text]) => ({ start, end: start + 2, text })),
  };
}

export function context(
  o: Omit<Partial<ScoreContext>, 'settings'> & { settings?: Partial<ScoreContext['settings']> } = {},
): ScoreContext {
  const { settings, ...rest } = o;
  return { objective: 'consideration', now: NOW, ...rest, settings: { ...DEFAULT_SETTINGS, ...settings } };
}
