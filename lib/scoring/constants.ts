/**
 * Every threshold the score uses, each with its source. Rows quoted from ../shared/SCORING-SOURCES.md say so; the
 * rest are marked "design choice" (no published figure exists) and are what a bump of SCORING_VERSION changes.
 */
import type { Industry } from '@/lib/schemas/settings';

/** Short source names used in reason sentences. */
export const SRC = {
  spark: 'TikTok-reported Spark Ads benchmark',
  tiers: 'Influencer Marketing Factory via Emplicit 2025',
  rivalIq: 'Rival IQ 2024',
  brief: 'Spark Ads brief',
  adsManager: 'TikTok Ads Manager',
  adPolicy: 'TikTok Advertising Policies',
  branded: 'TikTok Branded Content Policy',
  breakout: "analysts' breakout rule",
} as const;

// ── Bands ─ "Score bands used by creative-analytics tools: ≥70 good, 50–69 watch, <50 poor" (SCORING-SOURCES).
export const BAND_STRONG_MIN = 70;
export const BAND_MAYBE_MIN = 50;

// ── Engagement ─ rate by views = (likes + comments + shares + saves) ÷ views.
/** Spark Ads engagement rate 5.2% vs 3.6% standard In-Feed (TikTok-reported, SCORING-SOURCES table). */
export const SPARK_ENGAGEMENT_PCT = 5.2;
/** Organic engagement by follower tier (Influencer Marketing Factory via Emplicit 2025): [min followers, %, label]. */
export const TIER_ENGAGEMENT: ReadonlyArray<readonly [number, number, string]> = [
  [10_000_000, 2.88, '10M+'],
  [5_000_000, 4.22, '5M–10M'],
  [1_000_000, 3.76, '1M–5M'],
  [500_000, 4.48, '500K–1M'],
  [100_000, 5.1, '100K–500K'],
  [0, 7.5, 'under 100K'],
];
/** Rival IQ 2024 engagement rate by view per industry; "general" = its all-brand median by view (3.4%). */
export const INDUSTRY_ENGAGEMENT: Readonly<Record<Industry, readonly [number, string]>> = {
  general: [3.4, 'brand accounts (all industries)'],
  'sports-teams': [9.2, 'Sports Teams'],
  nonprofits: [5.2, 'Nonprofits'],
  influencers: [4.9, 'Influencers'],
  alcohol: [4.3, 'Alcohol'],
  'higher-education': [4.1, 'Higher Education'],
  media: [3.8, 'Media'],
  travel: [3.0, 'Travel'],
  'tech-software': [2.9, 'Tech & Software'],
  fashion: [2.7, 'Fashion'],
  'health-beauty': [2.7, 'Health & Beauty'],
  retail: [2.6, 'Retail'],
  'food-beverage': [2.6, 'Food & Beverage'],
};
/**
 * Typical views per follower for brand accounts, derived from Rival IQ 2024's medians: engagement by follower
 * 2.6% ÷ engagement by view 3.4% = views ÷ followers ≈ 0.76.
 */
export const VIEWS_PER_FOLLOWER_MEDIAN = 2.6 / 3.4;
/** Breakout: views ≥ 2× the creator's median of recent posts (analysts' rule, SCORING-SOURCES)… */
export const BREAKOUT_MULTIPLE = 2;
/** …judged only when at least 3 of the creator's other videos are known (product brief, issue 4). */
export const BREAKOUT_MIN_OTHER_VIDEOS = 3;
/**
 * Design choice: a rate exactly at its benchmark scores 70 (the good-band threshold); each doubling adds 40,
 * each halving takes 40 (so 1.68× → 100, 0.5× → 30).
 */
export const AT_BENCHMARK_SCORE = 70;
export const POINTS_PER_DOUBLING = 40;
/** Design choice: parts of the engagement factor (rate vs benchmarks, reach per follower, breakout). */
export const ENGAGEMENT_PARTS = { rate: 0.6, reach: 0.2, breakout: 0.2 } as const;
/** Design choice: counts read from the page (rounded "1.2M") weigh less than exact API counts. */
export const ROUNDED_COUNTS_CONFIDENCE = 0.85;

// ── Length ─ "21–34 s performs best for most objectives; shorter for awareness" (brief).
export const LENGTH_BEST_MIN_S = 21;
export const LENGTH_BEST_MAX_S = 34;
/** Awareness: full marks from 6 s, the span of the 6-second view rate TikTok reports for Spark Ads. */
export const AWARENESS_MIN_S = 6;
/** Design choice: points lost per second short of the range, and per doubling past 34 s. */
export const SHORT_POINTS_PER_S = 2;
export const LONG_POINTS_PER_DOUBLING = 20;
/** "Video of 10 minutes or less" (TikTok Ads Manager Spark rules). */
export const MAX_SPARK_DURATION_S = 600;

// ── Hook ─ "the first three seconds decide" (brief).
export const HOOK_WINDOW_S = 3;
/** Design choice: neutral start and what each signal adds or takes. */
export const HOOK = {
  base: 50,
  question: 15,
  address: 10,
  curiosity: 15,
  number: 10,
  slowBuild: -25,
  brand: -20,
} as const;
/** Design choice: a transcript is what was said; a caption is only what was written under the video. */
export const HOOK_CONFIDENCE = { ASR: 0.9, other: 0.8, MT: 0.7, caption: 0.4 } as const;
/** Caption fallback: this many words of the caption stand in for the opening. */
export const CAPTION_OPENING_WORDS = 15;

// ── Comments ─ "positive comments are social proof; negative or irrelevant ones detract" (brief).
/** With 10+ comments and 40%+ negative, raise a flag (product brief, issue 4). */
export const NEGATIVE_FLAG_MIN_COMMENTS = 10;
export const NEGATIVE_FLAG_SHARE = 0.4;
/** Design choice: confidence grows with the sample and is full at 30 comments; under 5 it is called "few". */
export const COMMENTS_FULL_CONFIDENCE_N = 30;
export const FEW_COMMENTS = 5;
/** Design choice: purchase intent adds up to 20 points (full at 20% of the sample), questions up to 10 (at 30%). */
export const PURCHASE_BONUS = { max: 20, fullShare: 0.2 } as const;
export const QUESTION_BONUS = { max: 10, fullShare: 0.3 } as const;
/** Design choice: purchase intent counts most where the objective is a sale. */
export const PURCHASE_OBJECTIVE_SCALE = { awareness: 0.5, consideration: 0.8, conversion: 1 } as const;

// ── Evergreen ─ "no time-sensitive content that ages during promotion" (brief).
export const EVERGREEN = { base: 90, dated: -15, seasonal: -20, expiring: -20, trend: -10, stillEngaging: 10 } as const;
/** Design choice: "old" is a quarter; "still gathering" = a sampled comment from the last two weeks. */
export const OLD_POST_DAYS = 90;
export const RECENT_COMMENT_DAYS = 14;

// ── Native feel ─ "native feel over production value… over-branded content triggers ad avoidance" (brief).
export const NATIVE = {
  base: 80,
  brandAccount: -25,
  brandInOpening: -15,
  adTagInOpening: -10,
  salesEach: -8,
  salesMax: -24,
  creatorVoice: 10,
} as const;
/** The opening checked for brand terms and #ad tags, in characters of caption. */
export const OPENING_CHARS = 100;

// ── Call to action ─ "call-to-action alignment with the campaign objective"; Spark Ads for awareness and
// consideration, standard In-Feed for conversion with offers (brief). Design choice: the points per fit.
export const CTA_SCORES = {
  awareness: { none: 80, soft: 85, hard: 45 },
  consideration: { none: 60, soft: 85, hard: 70 },
  conversion: { none: 40, soft: 65, hard: 90 },
} as const;

export const DAY_MS = 86_400_000;
