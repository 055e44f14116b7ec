import type { Objective, ScoreResult } from '@/lib/schemas/score';
import type { VideoRecord } from '@/lib/schemas/video';
import { PartialNotice } from './card-notices';
import { CommentInsightsSection } from './comment-insights';
import { CreatorLine } from './creator-line';
import { FactorList } from './factor-list';
import { HookSection } from './hook-section';
import { ObjectiveSwitch } from './objective-switch';
import { PolicySection } from './policy-section';
import { ScoreSummary } from './score-summary';
import { StatsSection } from './stats-section';
import type { CommentInsights } from './types';

export interface CardBodyProps {
  video: VideoRecord;
  result: ScoreResult;
  partial?: readonly string[];
  objective: Objective;
  onObjectiveChange: (o: Objective) => void;
  creatorShortlistedCount: number;
  insights?: CommentInsights;
}

/** A scored video, most decision-relevant first: verdict, objective, who, the hook, why, risks, raw numbers. */
export function CardBody(p: CardBodyProps) {
  return (
    <>
      <ScoreSummary result={p.result} />
      <ObjectiveSwitch value={p.objective} onChange={p.onObjectiveChange} />
      {p.partial && p.partial.length > 0 && <PartialNotice missing={p.partial} />}
      <CreatorLine author={p.video.author} shortlistedCount={p.creatorShortlistedCount} />
      <HookSection video={p.video} />
      <FactorList factors={p.result.factors} missing={p.result.missing} />
      <PolicySection eligibility={p.result.eligibility} flags={p.result.policyFlags} />
      <StatsSection stats={p.video.stats} engagementRatePct={p.result.engagementRatePct} />
      {/* The Stats section's comment count, so the card gives one total (the comment list's own may differ). */}
      {p.insights && (
        <CommentInsightsSection insights={p.insights} total={p.video.stats.comments?.value ?? p.video.commentsTotal} />
      )}
    </>
  );
}
