/** One video → its Spark fit score. */
import type { ScoreResult } from '@/lib/schemas/score';
import type { VideoRecord } from '@/lib/schemas/video';
import { bandOf, combine } from './combine';
import { creatorBaseline } from './creator';
import { eligibility } from './eligibility';
import { commentsFactor } from './factors/comments';
import { ctaFactor } from './factors/cta';
import { engagementFactor, engagementRate } from './factors/engagement';
import { evergreenFactor } from './factors/evergreen';
import { hookFactor } from './factors/hook';
import { lengthFactor } from './factors/length';
import { nativeFactor } from './factors/native';
import { policyFlags } from './policy';
import { brandMatcher, preparedCreatorText } from './text';
import type { CreatorBaseline, ScoreContext } from './types';
import { SCORING_VERSION } from './version';

export function score(video: VideoRecord, context: ScoreContext): ScoreResult {
  return scoreWithBaseline(video, context, creatorBaseline(video.id, context.creatorVideos));
}

/** `score` with the creator baseline already computed (rescoreMany computes them for a whole batch at once). */
export function scoreWithBaseline(
  video: VideoRecord,
  ctx: ScoreContext,
  baseline: CreatorBaseline | null,
): ScoreResult {
  const { settings, objective, now } = ctx;
  const brand = brandMatcher(settings.brandTerms);
  const comments = commentsFactor(video, objective);
  const text = preparedCreatorText(video);
  const combined = combine(
    [
      hookFactor(video, brand),
      lengthFactor(video, objective),
      comments.factor,
      evergreenFactor(video, now, text),
      engagementFactor(video, settings.industry, now, baseline),
      nativeFactor(video, brand, settings.brandHandles, settings.brandTerms, text),
      ctaFactor(video, objective, text),
    ],
    settings.weights[objective],
  );
  const elig = eligibility(video, {
    brandTerms: settings.brandTerms,
    brandHandles: settings.brandHandles,
    pageProblem: ctx.pageProblem,
    text,
  });
  const er = engagementRate(video);
  return {
    videoId: video.id,
    total: combined.total,
    band: bandOf(combined.total, elig.status === 'ineligible'),
    objective,
    factors: combined.factors,
    missing: combined.missing,
    confidence: combined.confidence,
    policyFlags: policyFlags(video, settings.targetMarkets, text),
    eligibility: elig,
    warnings: comments.negativeFlag ? [{ code: 'negative-comments', message: comments.negativeFlag }] : [],
    engagementRatePct: er ? Math.round(er.pct * 100) / 100 : null,
    scoringVersion: SCORING_VERSION,
    scoredAt: now,
  };
}
