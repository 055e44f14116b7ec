import type { Objective } from '@/lib/schemas/score';
import type { VideoRecord } from '@/lib/schemas/video';
import {
  AWARENESS_MIN_S,
  LENGTH_BEST_MAX_S,
  LENGTH_BEST_MIN_S,
  LONG_POINTS_PER_DOUBLING,
  MAX_SPARK_DURATION_S,
  SHORT_POINTS_PER_S,
  SRC,
} from '../constants';
import { clamp, duration, seconds } from '../format';
import type { FactorOutcome } from '../types';

// The best range as the reasons name it, written once rather than per video scored.
const BEST = `the ${LENGTH_BEST_MIN_S}–${LENGTH_BEST_MAX_S} s range that performs best for most objectives`;
const BEST_FOR_AWARENESS =
  `${AWARENESS_MIN_S}–${LENGTH_BEST_MAX_S} s (shorter works for awareness; ` +
  `${LENGTH_BEST_MIN_S}–${LENGTH_BEST_MAX_S} s performs best for most objectives)`;

/** 21–34 s is best (shorter is fine for awareness); longer loses points per doubling; over 10 min scores 0. */
export function lengthFactor(video: VideoRecord, objective: Objective): FactorOutcome {
  const d = video.durationSec;
  if (d === null) return { id: 'length', missing: 'No video duration was captured.' };
  if (d <= 0) {
    const what = video.flags.photo ? 'A photo post has no video length.' : 'The video reported a duration of 0 s.';
    return { id: 'length', missing: what };
  }
  const min = objective === 'awareness' ? AWARENESS_MIN_S : LENGTH_BEST_MIN_S;
  const best = objective === 'awareness' ? BEST_FOR_AWARENESS : BEST;
  const src = SRC.brief;
  let score: number;
  let reason: string;
  if (d > MAX_SPARK_DURATION_S) {
    score = 0;
    reason = `${duration(d)} long: over the 10-minute limit for Spark Ads (${SRC.adsManager}).`;
  } else if (d < min) {
    score = clamp(100 - SHORT_POINTS_PER_S * (min - d));
    reason = `${duration(d)}: ${seconds(min - d)} short of ${best} (${src}); ${SHORT_POINTS_PER_S} points off per second.`;
  } else if (d <= LENGTH_BEST_MAX_S) {
    score = 100;
    reason = `${duration(d)}: inside ${best} (${src}).`;
  } else {
    score = clamp(100 - LONG_POINTS_PER_DOUBLING * Math.log2(d / LENGTH_BEST_MAX_S));
    reason =
      `${duration(d)}: ${seconds(d - LENGTH_BEST_MAX_S)} past ${best} (${src}); ` +
      `${LONG_POINTS_PER_DOUBLING} points off per doubling beyond ${LENGTH_BEST_MAX_S} s.`;
  }
  return { id: 'length', score, confidence: 1, reasons: [reason] };
}
