/**
 * Spark fit score: `score(video, context)` is pure and deterministic (the clock comes in as `context.now`), touches no
 * DOM, storage or browser API, and explains every number with a reason and its source (SCORING-SOURCES.md).
 */
export { score, scoreWithBaseline } from './score';
export { rescoreMany } from './rescore';
export { SCORING_VERSION } from './version';
export { eligibility } from './eligibility';
export { policyFlags, policyFlagsOfText } from './policy';
export { analyzeComment, analyzeComments, commentInsights } from './comment-analysis';
export type { CommentInsights } from '@/lib/schemas/insights';
export { sentimentLabel, sentimentScore } from './sentiment';
export { creatorBaseline } from './creator';
export type { CreatorVideo, ScoreContext, ScoreSettings } from './types';
