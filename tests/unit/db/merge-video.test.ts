import { describe, expect, it } from 'vitest';
import { mergeStat, mergeVideo } from '@/lib/db/merge-video';
import type { Stat } from '@/lib/schemas/video';
import { makeVideo } from '../../fixtures/db/generate';

const exact = (value: number, capturedAt: number): Stat => ({ value, exact: true, source: 'statsV2', capturedAt });
const rounded = (value: number, capturedAt: number): Stat => ({ value, exact: false, source: 'dom', capturedAt });

describe('mergeStat', () => {
  it('keeps an exact count when a later reading is only rounded', () => {
    expect(mergeStat(exact(317_100, 1), rounded(320_000, 2))).toEqual(exact(317_100, 1));
  });
  it('replaces a rounded count with an exact one, even an earlier one', () => {
    expect(mergeStat(rounded(1_200_000, 5), exact(1_234_567, 3))).toEqual(exact(1_234_567, 3));
  });
  it('takes the later of two exact readings', () => {
    expect(mergeStat(exact(10, 1), exact(12, 2))).toEqual(exact(12, 2));
    expect(mergeStat(exact(12, 2), exact(10, 1))).toEqual(exact(12, 2));
  });
  it('keeps the known reading when the new source has none', () => {
    expect(mergeStat(exact(10, 1), null)).toEqual(exact(10, 1));
    expect(mergeStat(null, rounded(10, 1))).toEqual(rounded(10, 1));
  });
});

describe('mergeVideo', () => {
  it('keeps comments, transcript and saves an API reading had when a DOM reading lacks them', () => {
    const api = makeVideo(1);
    api.comments = [
      { id: 'c1', text: 'where can I buy this?', likes: 3, createdAt: null, language: 'en', isReply: false },
    ];
    api.transcript = { language: 'en', source: 'ASR', cues: [{ start: 0, end: 2, text: 'hi' }], fetchedAt: 1 };
    api.stats.saves = exact(900, api.capturedAt);
    const dom = {
      ...makeVideo(1),
      comments: [],
      transcript: null,
      sources: ['dom' as const],
      stats: { ...api.stats, views: rounded(2_000_000, api.capturedAt + 10), saves: null },
      capturedAt: api.capturedAt + 10,
    };
    const merged = mergeVideo(api, dom);
    expect(merged.comments).toEqual(api.comments);
    expect(merged.transcript).toEqual(api.transcript);
    expect(merged.stats.saves).toEqual(exact(900, api.capturedAt));
    expect(merged.sources).toEqual([...new Set([...api.sources, 'dom'])]);
    expect(merged.capturedAt).toBe(api.capturedAt + 10);
  });

  it('takes the new caption and flags when the new reading has them', () => {
    const prev = makeVideo(2);
    const next = { ...makeVideo(2), caption: 'edited caption', flags: { ...prev.flags, isAd: true, private: null } };
    const merged = mergeVideo(prev, next);
    expect(merged.caption).toBe('edited caption');
    expect(merged.flags.isAd).toBe(true);
    expect(merged.flags.private).toBe(prev.flags.private);
  });

  it('returns the new record as is when nothing was stored', () => {
    const next = makeVideo(3);
    expect(mergeVideo(undefined, next)).toBe(next);
  });
});
