import type { Industry } from '@/lib/schemas/settings';
import type { Stat, StatKey, VideoRecord } from '@/lib/schemas/video';
import {
  AT_BENCHMARK_SCORE,
  BREAKOUT_MIN_OTHER_VIDEOS,
  BREAKOUT_MULTIPLE,
  DAY_MS,
  ENGAGEMENT_PARTS,
  INDUSTRY_ENGAGEMENT,
  POINTS_PER_DOUBLING,
  ROUNDED_COUNTS_CONFIDENCE,
  SPARK_ENGAGEMENT_PCT,
  SRC,
  TIER_ENGAGEMENT,
  VIEWS_PER_FOLLOWER_MEDIAN,
} from '../constants';
import { clamp, compact, pct, plural, ratio } from '../format';
import type { CreatorBaseline, FactorOutcome } from '../types';

const INTERACTIONS: readonly StatKey[] = ['likes', 'comments', 'shares', 'saves'];

/** Score of a rate against its benchmark: 70 at the benchmark, ±40 per doubling (0 for a zero rate). */
export function vsBenchmark(value: number, benchmark: number): number {
  if (!(value > 0)) return 0;
  return clamp(AT_BENCHMARK_SCORE + POINTS_PER_DOUBLING * Math.log2(value / benchmark));
}

/** (likes + comments + shares + saves) ÷ views × 100 over the counts that are known; null without views. */
export function engagementRate(video: VideoRecord): { pct: number; known: StatKey[] } | null {
  const views = video.stats.views?.value ?? 0;
  const known = INTERACTIONS.filter((k) => video.stats[k] !== null);
  if (views <= 0 || known.length === 0) return null;
  const sum = known.reduce((s, k) => s + video.stats[k]!.value, 0);
  return { pct: (sum / views) * 100, known: [...known] };
}

export function tierOf(followers: number): readonly [number, number, string] {
  return TIER_ENGAGEMENT.find(([min]) => followers >= min)!;
}

// The benchmark each engagement reason ends with, written once rather than for every video scored.
const SPARK_BENCHMARK = `${SPARK_ENGAGEMENT_PCT}% ${SRC.spark}`;
const TIER_BENCHMARK = new Map(
  TIER_ENGAGEMENT.map((tier) => [
    tier,
    `${tier[1]}% organic median for creators with ${tier[2]} followers (${SRC.tiers})`,
  ]),
);
const INDUSTRY_BENCHMARK = Object.fromEntries(
  Object.entries(INDUSTRY_ENGAGEMENT).map(([k, [v, label]]) => [k, `${v}% ${SRC.rivalIq} median by view for ${label}`]),
) as Record<Industry, string>;
const REACH_BENCHMARK =
  `${VIEWS_PER_FOLLOWER_MEDIAN.toFixed(2)} typical for brand accounts ` +
  `(${SRC.rivalIq}: 2.6% by follower ÷ 3.4% by view).`;

export function engagementFactor(
  video: VideoRecord,
  industry: Industry,
  now: number,
  baseline: CreatorBaseline | null,
): FactorOutcome {
  const views = video.stats.views?.value ?? null;
  if (views === null) return { id: 'engagement', missing: 'No view count was captured.' };
  if (views === 0) return { id: 'engagement', missing: 'The video has no views yet.' };
  const followers = video.author.followers?.value ?? null;
  const reasons: string[] = [];
  const parts: Array<{ w: number; score: number; conf: number }> = [];
  const used: Array<Stat | null> = [video.stats.views];

  const er = engagementRate(video);
  if (er) {
    const formula = `${er.known.join('+')} ÷ views`;
    const missing = INTERACTIONS.filter((k) => !er.known.includes(k));
    const benchmarks: Array<[number, string]> = [[SPARK_ENGAGEMENT_PCT, SPARK_BENCHMARK]];
    if (followers !== null) {
      const tier = tierOf(followers);
      benchmarks.push([tier[1], TIER_BENCHMARK.get(tier)!]);
    }
    benchmarks.push([INDUSTRY_ENGAGEMENT[industry][0], INDUSTRY_BENCHMARK[industry]]);
    const score = benchmarks.reduce((s, [b]) => s + vsBenchmark(er.pct, b), 0) / benchmarks.length;
    const rate = `Engagement ${pct(er.pct)} of views (${formula}) vs`;
    for (const [, benchmark] of benchmarks) reasons.push(`${rate} ${benchmark}.`);
    if (missing.length > 0)
      reasons.push(`No ${missing.join(' or ')} count was captured, so the rate may be understated.`);
    parts.push({ w: ENGAGEMENT_PARTS.rate, score, conf: er.known.length / INTERACTIONS.length });
    used.push(...er.known.map((k) => video.stats[k]));
  }

  if (followers !== null && followers > 0) {
    const vpf = views / followers;
    parts.push({ w: ENGAGEMENT_PARTS.reach, score: vsBenchmark(vpf, VIEWS_PER_FOLLOWER_MEDIAN), conf: 1 });
    reasons.push(
      `${vpf.toFixed(2)} views per follower (${compact(views)} views ÷ ${compact(followers)} followers) vs ${REACH_BENCHMARK}`,
    );
    used.push(video.author.followers);
  }

  if (baseline && baseline.count >= BREAKOUT_MIN_OTHER_VIDEOS && baseline.median > 0) {
    const r = views / baseline.median;
    parts.push({ w: ENGAGEMENT_PARTS.breakout, score: clamp(50 + 50 * Math.log2(r)), conf: 1 });
    reasons.push(
      `${r >= BREAKOUT_MULTIPLE ? 'Breakout: ' : ''}${ratio(r)} the creator's median views (${compact(baseline.median)} ` +
        `over ${baseline.count} other known videos); a breakout is ≥${BREAKOUT_MULTIPLE}× (${SRC.breakout}).`,
    );
  } else if (baseline && baseline.count > 0) {
    reasons.push(
      `Only ${plural(baseline.count, 'other video')} of the creator known: the breakout check needs ${BREAKOUT_MIN_OTHER_VIDEOS}.`,
    );
  }

  if (video.postedAt !== null && now > video.postedAt) {
    const days = Math.max(1, (now - video.postedAt) / DAY_MS);
    reasons.push(
      `${compact(views / days)} views a day over ${plural(Math.round(days), 'day')} since posting (shown for context; no published benchmark).`,
    );
  }

  const totalW = ENGAGEMENT_PARTS.rate + ENGAGEMENT_PARTS.reach + ENGAGEMENT_PARTS.breakout;
  const w = parts.reduce((s, p) => s + p.w, 0);
  if (w === 0)
    return { id: 'engagement', missing: 'Views are known but no likes, comments, shares, saves or followers.' };
  const score = parts.reduce((s, p) => s + p.w * p.score, 0) / w;
  const exact = used.every((s) => s === null || s.exact) ? 1 : ROUNDED_COUNTS_CONFIDENCE;
  const confidence = (parts.reduce((s, p) => s + p.w * p.conf, 0) / totalW) * exact;
  if (exact < 1) reasons.push('Some counts are rounded page figures ("1.2M"), so the rates are approximate.');
  return { id: 'engagement', score, confidence, reasons };
}
