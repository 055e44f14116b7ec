import type { Objective } from '@/lib/schemas/score';
import type { VideoRecord } from '@/lib/schemas/video';
import { analyzeComments, type CommentSample } from '../comment-analysis';
import {
  COMMENTS_FULL_CONFIDENCE_N,
  FEW_COMMENTS,
  NEGATIVE_FLAG_MIN_COMMENTS,
  NEGATIVE_FLAG_SHARE,
  PURCHASE_BONUS,
  PURCHASE_OBJECTIVE_SCALE,
  QUESTION_BONUS,
  SRC,
} from '../constants';
import { clamp, pct, plural } from '../format';
import { quote } from '../text';
import type { FactorOutcome } from '../types';

export interface CommentsOutcome {
  factor: FactorOutcome;
  /** Set when 10+ comments are 40%+ negative. */
  negativeFlag: string | null;
}

function missingReason(video: VideoRecord): string {
  if (video.flags.commentsEnabled === false) return 'Comments are turned off on this video.';
  if (video.stats.comments?.value === 0 || video.commentsTotal === 0) return 'The video has no comments yet.';
  return 'No comments were captured (open the comment panel to read a sample).';
}

/**
 * Sentiment mix (50 ± 50 × (positive − negative) ÷ sample) plus bonuses for purchase intent and questions among the
 * comments that are not negative. Every part can only fall when a negative comment is added.
 */
export function scoreSample(s: CommentSample, objective: Objective): number {
  const mix = 50 + (50 * (s.positive - s.negative)) / s.n;
  const purchase =
    PURCHASE_BONUS.max *
    Math.min(1, s.purchase.length / s.n / PURCHASE_BONUS.fullShare) *
    PURCHASE_OBJECTIVE_SCALE[objective];
  const questions = QUESTION_BONUS.max * Math.min(1, s.questions / s.n / QUESTION_BONUS.fullShare);
  return clamp(mix + purchase + questions);
}

export function commentsFactor(video: VideoRecord, objective: Objective): CommentsOutcome {
  const s = analyzeComments(video.comments);
  if (s.n === 0) return { factor: { id: 'comments', missing: missingReason(video) }, negativeFlag: null };
  const reasons = [
    `Comment sample of ${s.n}: ${s.positive} positive, ${s.neutral} neutral, ${s.negative} negative ` +
      `(positive comments are social proof; negative ones detract: ${SRC.brief}).`,
  ];
  if (s.purchase.length > 0) {
    reasons.push(
      `${s.purchase.length} ask where to buy, the price, the brand or a link, e.g. ${quote(s.purchase[0]!.text, 60)}.`,
    );
  }
  if (s.questions > 0) reasons.push(`${s.questions} other question(s): viewers want to know more.`);
  if (s.complaints.length > 0) {
    reasons.push(
      `${plural(s.complaints.length, 'complaint')} (scam, fake, ad, broken…), e.g. ${quote(s.complaints[0]!.text, 60)}.`,
    );
  }
  const views = video.stats.views?.value ?? 0;
  const count = video.stats.comments?.value ?? video.commentsTotal;
  if (views > 0 && count !== null) {
    reasons.push(
      `Comments are ${pct((count / views) * 100)} of views (comments ÷ views; shown for context, no published benchmark).`,
    );
  }
  if (s.n < FEW_COMMENTS) reasons.push(`Only ${plural(s.n, 'comment')} read: low confidence.`);
  const negShare = s.negative / s.n;
  const negativeFlag =
    s.n >= NEGATIVE_FLAG_MIN_COMMENTS && negShare >= NEGATIVE_FLAG_SHARE
      ? `${Math.round(negShare * 100)}% of ${s.n} sampled comments are negative (flag at 40%+ of 10+ comments).`
      : null;
  if (negativeFlag) reasons.push(negativeFlag);
  const confidence = Math.min(1, s.n / COMMENTS_FULL_CONFIDENCE_N);
  return { factor: { id: 'comments', score: scoreSample(s, objective), confidence, reasons }, negativeFlag };
}
