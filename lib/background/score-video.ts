import type { ScoreComputeReply } from '@/lib/messaging';
import { OBJECTIVES, type Objective, type ScoreResult } from '@/lib/schemas/score';
import type { Settings } from '@/lib/schemas/settings';
import type { VideoRecord } from '@/lib/schemas/video';
import { commentInsights, score } from '@/lib/scoring';
import { DEFAULT_SETTINGS } from '@/lib/settings';

/** Scores one video for every objective, so the card's objective switch answers without another round trip. */
export function scoreForCard(video: VideoRecord, settings: Settings | null, now: number): ScoreComputeReply {
  const s = settings ?? DEFAULT_SETTINGS;
  const results = Object.fromEntries(
    OBJECTIVES.map((objective) => [objective, score(video, { objective, settings: s, now })]),
  ) as Record<Objective, ScoreResult>;
  return { results, objective: s.objective, insights: commentInsights(video) };
}
