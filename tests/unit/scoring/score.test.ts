import { describe, expect, it } from 'vitest';
import { rescoreMany, score, SCORING_VERSION } from '@/lib/scoring';
import { bandOf, combine } from '@/lib/scoring/combine';
import { medianWithout } from '@/lib/scoring/rescore';
import { scoreResultSchema } from '@/lib/schemas/score';
import { OBJECTIVE_PRESETS } from '@/lib/settings';
import { NOW, comments, context, makeVideo, stat, transcript } from './factory';

describe('score', () => {
  const video = makeVideo({
    caption: 'Wait, are you using retinol wrong? #skincare',
    transcript: transcript([0.2, 'Wait, are you using retinol wrong?'], [3.5, 'Save this for later.']),
    comments: comments('where can I buy this??', 'love this so much', 'so helpful thank you', 'what brand is this'),
  });
  const result = score(video, context());

  it('returns a result the shared schema accepts, stamped with the version and clock', () => {
    expect(scoreResultSchema.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({
      videoId: video.id,
      objective: 'consideration',
      scoringVersion: SCORING_VERSION,
      scoredAt: NOW,
    });
    expect(result.engagementRatePct).toBe(4.2);
  });

  it('weights the factors by the objective preset, renormalised to sum to 1', () => {
    const preset = OBJECTIVE_PRESETS.consideration;
    const sum = Object.values(preset).reduce((a, b) => a + b, 0);
    expect(result.factors.map((f) => [f.id, f.weight])).toEqual(
      (['hook', 'length', 'comments', 'evergreen', 'engagement', 'native', 'cta'] as const).map((id) => [
        id,
        preset[id] / sum,
      ]),
    );
    expect(result.total).toBe(Math.round(result.factors.reduce((s, f) => s + f.weight * f.score, 0)));
  });

  it('leaves a factor without data out, renormalises the rest and lowers the confidence', () => {
    const without = score(makeVideo({ ...video, durationSec: null, comments: [] }), context());
    expect(without.missing).toEqual([
      { id: 'length', reason: 'No video duration was captured.' },
      { id: 'comments', reason: 'No comments were captured (open the comment panel to read a sample).' },
    ]);
    expect(without.factors.map((f) => f.id)).not.toContain('length');
    expect(without.factors.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 12);
    const preset = OBJECTIVE_PRESETS.consideration;
    const rest = preset.hook + preset.evergreen + preset.engagement + preset.native + preset.cta;
    expect(without.factors.find((f) => f.id === 'hook')!.weight).toBeCloseTo(preset.hook / rest, 12);
    expect(without.confidence).toBeLessThan(result.confidence);
  });

  it('uses the bands ≥70 strong, 50–69 maybe, <50 weak, and ineligible over any total', () => {
    expect([100, 70, 69, 50, 49, 0].map((t) => bandOf(t, false))).toEqual([
      'strong',
      'strong',
      'maybe',
      'maybe',
      'weak',
      'weak',
    ]);
    expect(bandOf(95, true)).toBe('ineligible');
    const ad = score(makeVideo({ ...video, flags: { ...video.flags, isAd: true } }), context());
    expect(ad).toMatchObject({ band: 'ineligible', total: result.total });
  });

  it('scores 0 with zero confidence when no factor has data, and lists them all', () => {
    const c = combine(
      (['hook', 'length', 'comments', 'evergreen', 'engagement', 'native', 'cta'] as const).map((id) => ({
        id,
        missing: 'none',
      })),
      OBJECTIVE_PRESETS.awareness,
    );
    expect(c).toMatchObject({ total: 0, confidence: 0, factors: [] });
    expect(c.missing).toHaveLength(7);
  });

  it('falls back to equal weights when every weight is zero', () => {
    const zero = { hook: 0, length: 0, comments: 0, evergreen: 0, engagement: 0, native: 0, cta: 0 };
    const c = combine(
      [
        { id: 'hook', score: 80, confidence: 1, reasons: [] },
        { id: 'cta', score: 40, confidence: 1, reasons: [] },
      ],
      zero,
    );
    expect(c.total).toBe(60);
  });

  it('says so in each factor when only factors weighted 0 had data, with zero confidence', () => {
    const onlyComments = { hook: 0, length: 0, comments: 1, evergreen: 0, engagement: 0, native: 0, cta: 0 };
    const c = combine(
      [
        { id: 'hook', score: 80, confidence: 1, reasons: ['Opens with a question (+15).'] },
        { id: 'cta', score: 40, confidence: 1, reasons: [] },
        { id: 'comments', missing: 'No comments were captured.' },
      ],
      onlyComments,
    );
    expect(c).toMatchObject({ total: 60, confidence: 0 });
    expect(c.factors.map((f) => f.reasons[0])).toEqual([
      expect.stringMatching(/^Weighted 0 in your settings/),
      expect.stringMatching(/^Weighted 0 in your settings/),
    ]);
    expect(c.factors[0]!.reasons[1]).toBe('Opens with a question (+15).');
    // With a weighted factor present, nothing is added.
    const normal = combine([{ id: 'comments', score: 70, confidence: 1, reasons: ['r'] }], onlyComments);
    expect(normal.factors[0]!.reasons).toEqual(['r']);
  });

  it('changes with the objective: a hard sell suits conversion better than awareness', () => {
    const sell = makeVideo({ caption: 'Shop now with code GLOW, link in bio' });
    expect(score(sell, context({ objective: 'conversion' })).factors.find((f) => f.id === 'cta')!.score).toBe(90);
    expect(score(sell, context({ objective: 'awareness' })).factors.find((f) => f.id === 'cta')!.score).toBe(45);
  });

  it('raises a negative-comments warning', () => {
    const v = makeVideo({ comments: comments(...Array(5).fill('love it'), ...Array(5).fill('this is fake')) });
    expect(score(v, context()).warnings).toEqual([
      { code: 'negative-comments', message: '50% of 10 sampled comments are negative (flag at 40%+ of 10+ comments).' },
    ]);
  });
});

describe('rescoreMany', () => {
  const mk = (id: string, handle: string, views: number) => makeVideo({ id, handle, stats: { views: stat(views) } });
  const batch = [
    mk('1', 'ana', 10_000),
    mk('2', 'ana', 20_000),
    mk('3', 'ana', 30_000),
    mk('4', 'ana', 90_000),
    mk('5', 'bo', 5_000),
  ];

  it('gives the same results as scoring each video with the creator’s other videos', () => {
    const ctx = context();
    const many = rescoreMany(batch, ctx);
    const one = batch.map((v) =>
      score(v, {
        ...ctx,
        creatorVideos: batch
          .filter((o) => o.author.handle === v.author.handle)
          .map((o) => ({ id: o.id, views: o.stats.views!.value })),
      }),
    );
    expect(many).toEqual(one);
    expect(many[3]!.factors.find((f) => f.id === 'engagement')!.reasons).toContain(
      "Breakout: 4.5× the creator's median views (20K over 3 other known videos); a breakout is ≥2× (analysts' breakout rule).",
    );
  });

  it('computes the median without the video itself', () => {
    expect(medianWithout([10, 20, 30, 90], 90)).toEqual({ median: 20, count: 3 });
    expect(medianWithout([10, 20, 30, 90], 10)).toEqual({ median: 30, count: 3 });
    expect(medianWithout([10, 20, 20, 90], 20)).toEqual({ median: 20, count: 3 });
    expect(medianWithout([10, 20, 30], undefined)).toEqual({ median: 20, count: 3 });
    expect(medianWithout([5], 5)).toEqual({ median: 0, count: 0 });
  });
});
