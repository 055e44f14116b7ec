import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeComment, score } from '@/lib/scoring';
import { commentsFactor } from '@/lib/scoring/factors/comments';
import { engagementFactor } from '@/lib/scoring/factors/engagement';
import { FACTORS, OBJECTIVES, scoreResultSchema, type Objective } from '@/lib/schemas/score';
import { INDUSTRIES, type Weights } from '@/lib/schemas/settings';
import type { VideoComment, VideoRecord } from '@/lib/schemas/video';
import { NOW, DAY, comments, context, makeVideo, stat, transcript } from './factory';

const CAPTIONS = [
  '',
  'Wait, are you using retinol wrong?',
  'Hi guys welcome back #grwm',
  'Black Friday deal ends tonight! #ad',
  'Shop now with code GLOW, link in bio',
  'Mi rutina de noche 🌙',
  'Meu antes e depois',
  'New vape flavour #fyp',
  'Glossier balm review, honestly obsessed',
  'POV: you finally found the one',
  'part 2 https://vm.tiktok.com/abc https://vm.tiktok.com/def',
];
const COMMENT_POOL = [
  'love this 😍',
  'where can I buy this??',
  'link?',
  'this is a scam',
  'mid tbh',
  '¿cuánto cuesta?',
  'so helpful',
  'ok',
  '💀💀',
  'not worth it',
  'what brand is this',
  'c’est nul',
  'first',
  'does it work on curly hair?',
  '',
];
const NEGATIVE = [
  'this is a scam',
  'worst product ever',
  'fake',
  'horrible, do not buy',
  'es una estafa',
  'mid tbh',
  'this is terrible',
];

const count = fc.option(fc.integer({ min: 0, max: 5e8 }), { nil: null });
const weights: fc.Arbitrary<Weights> = fc.record(
  Object.fromEntries(FACTORS.map((f) => [f, fc.double({ min: 0, max: 10, noNaN: true })])) as Record<
    keyof Weights,
    fc.Arbitrary<number>
  >,
);

const videoArb: fc.Arbitrary<VideoRecord> = fc
  .record({
    views: count,
    likes: count,
    comments: count,
    shares: count,
    saves: count,
    followers: count,
    exact: fc.boolean(),
    duration: fc.option(fc.double({ min: 0, max: 1200, noNaN: true }), { nil: null }),
    caption: fc.constantFrom(...CAPTIONS),
    said: fc.option(
      fc.constantFrom('Stop scrolling, you need this', 'Hi guys my name is Ana', 'Hoy te enseño 3 trucos'),
      { nil: null },
    ),
    said_at: fc.double({ min: 0, max: 10, noNaN: true }),
    texts: fc.array(fc.constantFrom(...COMMENT_POOL), { maxLength: 40 }),
    original: fc.option(fc.boolean(), { nil: null }),
    ageDays: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
    isAd: fc.option(fc.boolean(), { nil: null }),
    branded: fc.option(fc.boolean(), { nil: null }),
    photo: fc.option(fc.boolean(), { nil: null }),
  })
  .map((r) =>
    makeVideo({
      stats: {
        views: r.views === null ? null : stat(r.views, r.exact),
        likes: r.likes === null ? null : stat(r.likes),
        comments: r.comments === null ? null : stat(r.comments),
        shares: r.shares === null ? null : stat(r.shares),
        saves: r.saves === null ? null : stat(r.saves),
      },
      followers: r.followers,
      durationSec: r.duration,
      caption: r.caption,
      transcript: r.said === null ? null : transcript([r.said_at, r.said]),
      comments: comments(...r.texts),
      sound: r.original === null ? null : { id: '1', title: 'a sound', author: null, original: r.original },
      postedAt: r.ageDays === null ? null : NOW - r.ageDays * DAY,
      flags: { isAd: r.isAd, brandedContent: r.branded, photo: r.photo },
    }),
  );

const ctxArb = fc.record({
  objective: fc.constantFrom<Objective>(...OBJECTIVES),
  w: weights,
  industry: fc.constantFrom(...INDUSTRIES),
  brandTerms: fc.subarray(['Glossier', 'GLOW', 'retinol', 'x']),
});
const ctxOf = (c: { objective: Objective; w: Weights; industry: (typeof INDUSTRIES)[number]; brandTerms: string[] }) =>
  context({
    objective: c.objective,
    settings: {
      weights: { awareness: c.w, consideration: c.w, conversion: c.w },
      industry: c.industry,
      brandTerms: c.brandTerms,
    },
  });

describe('score properties', () => {
  it('always gives a finite total in 0–100 and a result the schema accepts', () => {
    fc.assert(
      fc.property(videoArb, ctxArb, (v, c) => {
        const r = score(v, ctxOf(c));
        expect(Number.isFinite(r.total)).toBe(true);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
        expect(scoreResultSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(videoArb, ctxArb, (v, c) => {
        expect(score(structuredClone(v), ctxOf(c))).toEqual(score(v, ctxOf(c)));
      }),
      { numRuns: 100 },
    );
  });

  it('renormalises the weights over the factors that had data', () => {
    fc.assert(
      fc.property(videoArb, ctxArb, (v, c) => {
        const r = score(v, ctxOf(c));
        expect(r.factors.length + r.missing.length).toBe(FACTORS.length);
        if (r.factors.length === 0) return;
        expect(r.factors.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 9);
        const present = r.factors.reduce((s, f) => s + c.w[f.id], 0);
        if (present > 0 && FACTORS.some((f) => c.w[f] > 0)) {
          for (const f of r.factors) expect(f.weight).toBeCloseTo(c.w[f.id] / present, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers the engagement factor when likes, comments, shares or saves grow', () => {
    const bump = fc.record({ likes: fc.nat(1e6), comments: fc.nat(1e5), shares: fc.nat(1e5), saves: fc.nat(1e5) });
    fc.assert(
      fc.property(videoArb, bump, fc.constantFrom(...INDUSTRIES), (v, b, industry) => {
        const more = structuredClone(v);
        for (const k of ['likes', 'comments', 'shares', 'saves'] as const) {
          if (more.stats[k]) more.stats[k]!.value += b[k];
        }
        const before = engagementFactor(v, industry, NOW, null);
        const after = engagementFactor(more, industry, NOW, null);
        if ('score' in before && 'score' in after) expect(after.score).toBeGreaterThanOrEqual(before.score - 1e-9);
        else expect('score' in before).toBe('score' in after);
      }),
      { numRuns: 300 },
    );
  });

  it('never raises the comments factor when a negative comment is added', () => {
    fc.assert(
      fc.property(
        videoArb,
        fc.constantFrom(...NEGATIVE),
        fc.constantFrom<Objective>(...OBJECTIVES),
        (v, text, objective) => {
          expect(analyzeComment(text).label).toBe('negative');
          const added: VideoComment = { id: 'neg', text, likes: null, createdAt: null, language: null, isReply: false };
          const before = commentsFactor(v, objective).factor;
          const after = commentsFactor({ ...v, comments: [...v.comments, added] }, objective).factor;
          if ('score' in before && 'score' in after) expect(after.score).toBeLessThanOrEqual(before.score + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('always bands an ineligible video as ineligible', () => {
    const blocker = fc.constantFrom<(v: VideoRecord) => [VideoRecord, 'not-found' | null]>(
      (v) => [{ ...v, flags: { ...v.flags, isAd: true } }, null],
      (v) => [{ ...v, flags: { ...v.flags, private: true } }, null],
      (v) => [{ ...v, flags: { ...v.flags, story: true } }, null],
      (v) => [{ ...v, flags: { ...v.flags, photo: true, isDuetOrStitch: true } }, null],
      (v) => [{ ...v, durationSec: 601 + (v.durationSec ?? 0) }, null],
      (v) => [v, 'not-found'],
    );
    fc.assert(
      fc.property(videoArb, ctxArb, blocker, (v, c, block) => {
        const [video, pageProblem] = block(v);
        const r = score(video, { ...ctxOf(c), pageProblem });
        expect(r.eligibility.status).toBe('ineligible');
        expect(r.band).toBe('ineligible');
      }),
      { numRuns: 200 },
    );
  });
});
