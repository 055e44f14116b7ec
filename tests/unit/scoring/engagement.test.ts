import { describe, expect, it } from 'vitest';
import { engagementFactor, engagementRate, tierOf, vsBenchmark } from '@/lib/scoring/factors/engagement';
import { score } from '@/lib/scoring';
import { NOW, context, makeVideo, stat } from './factory';

// 5,000 + 100 + 50 + 50 = 5,200 interactions on 100,000 views: exactly the 5.2% Spark Ads benchmark.
const atSpark = makeVideo({ stats: { likes: stat(5_000), comments: stat(100), shares: stat(50), saves: stat(50) } });
const FORMULA = '(likes+comments+shares+saves ÷ views)';

function outcome(
  video = atSpark,
  industry: Parameters<typeof engagementFactor>[1] = 'general',
  baseline = null as null | { median: number; count: number },
) {
  const o = engagementFactor(video, industry, NOW, baseline);
  if (!('score' in o)) throw new Error(`expected a score, got missing: ${o.missing}`);
  return o;
}

describe('engagement factor', () => {
  it('states the rate with its formula against the Spark, follower-tier and Rival IQ benchmarks', () => {
    expect(outcome().reasons.slice(0, 3)).toEqual([
      `Engagement 5.2% of views ${FORMULA} vs 5.2% TikTok-reported Spark Ads benchmark.`,
      `Engagement 5.2% of views ${FORMULA} vs 7.5% organic median for creators with under 100K followers (Influencer Marketing Factory via Emplicit 2025).`,
      `Engagement 5.2% of views ${FORMULA} vs 3.4% Rival IQ 2024 median by view for brand accounts (all industries).`,
    ]);
  });

  it('uses the industry row the settings name', () => {
    expect(outcome(atSpark, 'fashion').reasons[2]).toBe(
      `Engagement 5.2% of views ${FORMULA} vs 2.7% Rival IQ 2024 median by view for Fashion.`,
    );
  });

  it('scores a rate at its benchmark 70 and moves 40 points per doubling', () => {
    expect(vsBenchmark(5.2, 5.2)).toBe(70);
    expect(vsBenchmark(10.4, 5.2)).toBe(100);
    expect(vsBenchmark(2.6, 5.2)).toBe(30);
    expect(vsBenchmark(0, 5.2)).toBe(0);
  });

  it('combines the rate (60%) and views per follower (20%) into the factor score', () => {
    const rate = (70 + (70 + 40 * Math.log2(5.2 / 7.5)) + (70 + 40 * Math.log2(5.2 / 3.4))) / 3;
    const reach = 100; // 100,000 views ÷ 50,000 followers = 2.0, far above the 0.76 brand median
    expect(outcome().score).toBeCloseTo((0.6 * rate + 0.2 * reach) / 0.8, 6);
    expect(outcome().reasons[3]).toBe(
      '2.00 views per follower (100K views ÷ 50K followers) vs 0.76 typical for brand accounts (Rival IQ 2024: 2.6% by follower ÷ 3.4% by view).',
    );
  });

  it('picks the follower tier at each boundary of the Emplicit table', () => {
    expect([99_999, 100_000, 499_999, 500_000, 1_000_000, 5_000_000, 10_000_000].map((f) => tierOf(f)[1])).toEqual([
      7.5, 5.1, 5.1, 4.48, 3.76, 4.22, 2.88,
    ]);
  });

  it('calls a video a breakout at 2× the median of 3 other known videos', () => {
    const o = outcome(atSpark, 'general', { median: 50_000, count: 3 });
    expect(o.reasons).toContain(
      "Breakout: 2.0× the creator's median views (50K over 3 other known videos); a breakout is ≥2× (analysts' breakout rule).",
    );
    expect(o.score).toBeGreaterThan(outcome().score);
  });

  it('does not judge a breakout on fewer than 3 other videos', () => {
    const o = outcome(atSpark, 'general', { median: 10_000, count: 2 });
    expect(o.reasons).toContain('Only 2 other videos of the creator known: the breakout check needs 3.');
    expect(o.score).toBe(outcome().score);
  });

  it('reads the breakout baseline from the context, ignoring the video itself', () => {
    const others = [
      { id: atSpark.id, views: 1 },
      { id: '2', views: 40_000 },
      { id: '3', views: 50_000 },
      { id: '4', views: 60_000 },
    ];
    const f = score(atSpark, context({ creatorVideos: others })).factors.find((x) => x.id === 'engagement')!;
    expect(f.reasons.some((r) => r.startsWith("Breakout: 2.0× the creator's median views (50K over 3"))).toBe(true);
  });

  it('leaves the factor out without a view count', () => {
    expect(engagementFactor(makeVideo({ stats: { views: null } }), 'general', NOW, null)).toEqual({
      id: 'engagement',
      missing: 'No view count was captured.',
    });
  });

  it('computes the rate from the known counts and says which are missing', () => {
    const v = makeVideo({ stats: { saves: null, shares: null } });
    expect(engagementRate(v)?.known).toEqual(['likes', 'comments']);
    expect(engagementRate(v)?.pct).toBeCloseTo(4.1, 9);
    expect(outcome(v).reasons).toContain('No shares or saves count was captured, so the rate may be understated.');
  });

  it('trusts rounded page counts less than exact ones', () => {
    const rounded = makeVideo({ stats: { views: stat(100_000, false) } });
    expect(outcome(rounded).confidence).toBeLessThan(outcome().confidence);
  });

  it('gives views a day since posting as context', () => {
    expect(outcome().reasons).toContain(
      '10K views a day over 10 days since posting (shown for context; no published benchmark).',
    );
  });

  it('shows each follower-tier benchmark with the precision of its source', () => {
    const withFollowers = (followers: number) => makeVideo({ stats: atSpark.stats, followers });
    expect(outcome(withFollowers(600_000)).reasons[1]).toContain('vs 4.48% organic median');
    expect(outcome(withFollowers(2_000_000)).reasons[1]).toContain('vs 3.76% organic median');
  });
});
