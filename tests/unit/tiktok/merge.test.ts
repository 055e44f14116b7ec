import { describe, expect, it } from 'vitest';
import type { Stat, VideoComment, VideoRecord } from '@/lib/schemas/video';
import { extractApi } from '@/lib/tiktok/api';
import { MAX_COMMENTS, mergeComments, mergeRecords, pickStat } from '@/lib/tiktok/merge';
import { F, T, fixtureJson } from './fixtures';

const s = (
  value: number,
  exact: boolean,
  capturedAt: number,
  source: Stat['source'] = exact ? 'statsV2' : 'dom',
): Stat => ({
  value,
  exact,
  source,
  capturedAt,
});
const api = extractApi('https://www.tiktok.com/api/recommend/item_list/', fixtureJson(F.recommend), T).videos[0]!;

function domRead(over: Partial<VideoRecord> = {}): VideoRecord {
  return {
    ...api,
    caption: 'truncated capt…',
    hashtags: [],
    author: { ...api.author, nickname: null, id: null, secUid: null, followers: null },
    sound: null,
    stats: {
      views: null,
      likes: s(39000, false, T + 60_000),
      comments: s(600, false, T + 60_000),
      shares: null,
      saves: null,
    },
    flags: { ...api.flags, isAd: null, duetEnabled: null },
    captionTracks: [],
    sources: ['dom'],
    capturedAt: T + 60_000,
    ...over,
  };
}

describe('pickStat', () => {
  it('prefers an exact number over a page reading, however new the page reading is', () => {
    expect(pickStat(s(38884, true, T), s(39000, false, T + 1e9))).toEqual(s(38884, true, T));
    expect(pickStat(s(39000, false, T + 1e9), s(38884, true, T))).toEqual(s(38884, true, T));
  });

  it('takes a later display-rounded API count over an older exact one that no longer rounds to it', () => {
    // A recommend list at T says 9,950 likes; an item/detail an hour later says "12100" (12.1K: 12,050–12,149).
    const older = s(9950, true, T, 'statsV2');
    const later = s(12100, false, T + 3_600_000, 'statsV2');
    expect(pickStat(older, later)).toEqual(later);
    expect(pickStat(later, older)).toEqual(later);
    expect(pickStat(s(12049, true, T), later)).toEqual(later);
    expect(pickStat(s(12150, true, T), s(1_600_000, false, T + 1, 'stats'))).toEqual(
      s(1_600_000, false, T + 1, 'stats'),
    );
  });

  it('keeps an exact count that still rounds to the later display-rounded one, or that is newer', () => {
    const later = s(12100, false, T + 3_600_000, 'statsV2');
    expect(pickStat(s(12050, true, T), later)).toEqual(s(12050, true, T));
    expect(pickStat(s(12149, true, T), later)).toEqual(s(12149, true, T));
    expect(pickStat(s(1_585_253, true, T), s(1_600_000, false, T + 1, 'stats'))).toEqual(s(1_585_253, true, T));
    expect(pickStat(s(9950, true, T + 3_600_001), later)).toEqual(s(9950, true, T + 3_600_001));
    expect(pickStat(s(9950, true, T), s(12100, false, T, 'statsV2'))).toEqual(s(9950, true, T));
  });

  it('prefers the newest capture between two exact (or two approximate) numbers', () => {
    expect(pickStat(s(100, true, T), s(120, true, T + 1))).toEqual(s(120, true, T + 1));
    expect(pickStat(s(120, true, T + 1), s(100, true, T))).toEqual(s(120, true, T + 1));
    expect(pickStat(s(1, false, T), s(2, false, T + 5))).toEqual(s(2, false, T + 5));
  });

  it('keeps whichever side is known', () => {
    expect(pickStat(null, s(1, false, T))).toEqual(s(1, false, T));
    expect(pickStat(null, null)).toBeNull();
  });
});

describe('mergeRecords', () => {
  it('keeps the JSON text and exact counts when a later DOM read of the same video arrives', () => {
    const merged = mergeRecords(api, domRead());
    expect(merged.caption).toBe(api.caption);
    expect(merged.author).toEqual(api.author);
    expect(merged.sound).toEqual(api.sound);
    expect(merged.flags).toEqual(api.flags);
    expect(merged.stats.likes).toEqual(api.stats.likes);
    expect(merged.sources).toEqual(['api-list', 'dom']);
    expect(merged.capturedAt).toBe(T + 60_000);
  });

  it('lets the DOM fill a stat the JSON did not have, still approximate', () => {
    const noShares = { ...api, stats: { ...api.stats, shares: null } };
    const merged = mergeRecords(
      noShares,
      domRead({ stats: { ...domRead().stats, shares: s(2100, false, T + 60_000) } }),
    );
    expect(merged.stats.shares).toEqual(s(2100, false, T + 60_000));
  });

  it('upgrades a DOM-only record when JSON arrives later', () => {
    const merged = mergeRecords(domRead(), api);
    expect(merged.caption).toBe(api.caption);
    expect(merged.stats.likes).toEqual(api.stats.likes);
    expect(merged.stats.comments).toEqual(api.stats.comments);
  });

  it('takes the newest exact counts from a later API read of the same video', () => {
    const later = { ...api, capturedAt: T + 5000, stats: { ...api.stats, likes: s(40001, true, T + 5000) } };
    expect(mergeRecords(api, later).stats.likes).toEqual(s(40001, true, T + 5000));
    expect(mergeRecords(later, api).stats.likes).toEqual(s(40001, true, T + 5000));
  });

  it('keeps the earlier flag value when the newer read does not say', () => {
    const silent = { ...api, flags: { ...api.flags, isAd: null } };
    expect(mergeRecords(api, silent).flags.isAd).toBe(false);
  });

  it('returns the newer record untouched when the ids differ', () => {
    const other = { ...api, id: '1' };
    expect(mergeRecords(api, other)).toBe(other);
  });
});

describe('mergeComments', () => {
  const c = (id: string, likes: number): VideoComment => ({
    id,
    text: id,
    likes,
    createdAt: null,
    language: null,
    isReply: false,
  });

  it('merges by id, the later copy replacing the earlier, first-seen order kept', () => {
    expect(mergeComments([c('1', 0), c('2', 0)], [c('2', 5), c('3', 1)])).toEqual([c('1', 0), c('2', 5), c('3', 1)]);
  });

  it('keeps at most the bounded sample size', () => {
    const many = Array.from({ length: 500 }, (_, i) => c(String(i + 1), i));
    const merged = mergeComments(many.slice(0, 150), many.slice(150));
    expect(merged).toHaveLength(MAX_COMMENTS);
    expect(merged[0]?.id).toBe('1');
  });
});
