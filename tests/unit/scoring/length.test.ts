import { describe, expect, it } from 'vitest';
import { lengthFactor } from '@/lib/scoring/factors/length';
import { makeVideo } from './factory';

const scoreOf = (durationSec: number, objective: 'awareness' | 'consideration' | 'conversion' = 'consideration') => {
  const o = lengthFactor(makeVideo({ durationSec }), objective);
  return 'score' in o ? o.score : null;
};

describe('length factor', () => {
  it('gives full marks inside the 21–34 s range the brief names', () => {
    expect([21, 27, 34].map((d) => scoreOf(d))).toEqual([100, 100, 100]);
    const o = lengthFactor(makeVideo({ durationSec: 27 }), 'conversion');
    expect('score' in o && o.reasons[0]).toBe(
      '27 s: inside the 21–34 s range that performs best for most objectives (Spark Ads brief).',
    );
  });

  it('takes 2 points a second below 21 s for consideration and conversion', () => {
    expect(scoreOf(10)).toBe(78);
    expect(scoreOf(10, 'conversion')).toBe(78);
  });

  it('lets awareness videos be shorter, down to the 6-second view', () => {
    expect(scoreOf(10, 'awareness')).toBe(100);
    expect(scoreOf(6, 'awareness')).toBe(100);
    expect(scoreOf(3, 'awareness')).toBe(94);
  });

  it('loses points gradually past 34 s, 20 per doubling', () => {
    expect(scoreOf(68)).toBeCloseTo(80, 6);
    expect(scoreOf(136)).toBeCloseTo(60, 6);
    expect(scoreOf(45)!).toBeGreaterThan(scoreOf(60)!);
  });

  it('scores a video over 10 minutes 0 and says why', () => {
    const o = lengthFactor(makeVideo({ durationSec: 601 }), 'awareness');
    expect(o).toEqual({
      id: 'length',
      score: 0,
      confidence: 1,
      reasons: ['10:01 long: over the 10-minute limit for Spark Ads (TikTok Ads Manager).'],
    });
    expect(scoreOf(600)).toBeCloseTo(100 - 20 * Math.log2(600 / 34), 6);
  });

  it('leaves the factor out when the duration is unknown or a photo post has none', () => {
    expect(lengthFactor(makeVideo({ durationSec: null }), 'awareness')).toEqual({
      id: 'length',
      missing: 'No video duration was captured.',
    });
    expect(lengthFactor(makeVideo({ durationSec: 0, flags: { photo: true } }), 'awareness')).toEqual({
      id: 'length',
      missing: 'A photo post has no video length.',
    });
  });

  it('writes fractional lengths without rounding them across a boundary', () => {
    const reason = (d: number) => {
      const o = lengthFactor(makeVideo({ durationSec: d }), 'consideration');
      return 'score' in o ? o.reasons[0] : o.missing;
    };
    expect(reason(20.6)).toMatch(/^20\.6 s: 0\.4 s short of/);
    expect(reason(119.6)).toMatch(/^1:59\.6: 86 s past/);
    expect(reason(65)).toMatch(/^1:05: 31 s past/);
  });
});
