import type { FactorId, Objective } from '@/lib/schemas/score';
import type { Settings } from '@/lib/schemas/settings';
import type { PageProblem } from '@/lib/schemas/video';

/** The parts of the settings the score reads (a whole Settings object fits). */
export type ScoreSettings = Pick<Settings, 'weights' | 'brandTerms' | 'brandHandles' | 'targetMarkets' | 'industry'>;

/** Another known video of the same creator, for the breakout rule. */
export interface CreatorVideo {
  id: string;
  views: number | null;
}

export interface ScoreContext {
  objective: Objective;
  settings: ScoreSettings;
  /** The clock, passed in so a score is a pure function of its inputs (epoch ms). */
  now: number;
  /** Other known videos of the creator (the video itself is ignored if listed). */
  creatorVideos?: readonly CreatorVideo[];
  /** What the page said when the video could not be read: 'not-found' = deleted, 'private-video' = private. */
  pageProblem?: PageProblem | null;
}

/** What a factor module returns: a score with its evidence, or why it could not be scored. */
export type FactorOutcome =
  { id: FactorId; score: number; confidence: number; reasons: string[] } | { id: FactorId; missing: string };

/** The creator's median views over their other known videos. */
export interface CreatorBaseline {
  median: number;
  count: number;
}
