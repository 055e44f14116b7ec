import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import { CommentInsightsSection } from '@/components/overlay/comment-insights';
import { FactorList } from '@/components/overlay/factor-list';
import { HookSection } from '@/components/overlay/hook-section';
import { PolicySection } from '@/components/overlay/policy-section';
import { ScoreSummary } from '@/components/overlay/score-summary';
import { StatsSection } from '@/components/overlay/stats-section';
import { OBJECTIVE_LABEL } from '@/components/shared/labels';
import { Section } from '@/components/shared/section';
import { DetailEdit } from './detail-edit';
import { engagementFromCounts, formatDate } from './format';
import { StatsChart } from './stats-chart';
import type { DashboardActions, DetailData } from './types';
import { type FocusFallback, useReturnFocus } from './use-return-focus';

export interface DetailPanelProps {
  detail: DetailData;
  actions: Pick<DashboardActions, 'setStatus' | 'setTags' | 'setNote'>;
  onClose: () => void;
  onError: (message: string) => void;
  /** The video's Spark authorization (codes, expiry, renewal), rendered by the ledger. */
  authorization?: (videoId: string) => ReactNode;
  /** Where focus goes on close when the element that opened the panel is gone (or there was none). */
  focusFallback?: FocusFallback;
}

const profileUrl = (handle: string) => `https://www.tiktok.com/@${encodeURIComponent(handle)}`;

/** Everything about one video: score breakdown, stats history, caption, transcript, comments, links, and edits. */
export function DetailPanel({ detail, actions, onClose, onError, authorization, focusFallback }: DetailPanelProps) {
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const videoId = detail.kind === 'ready' ? detail.entry.videoId : detail.videoId;
  // Back to the row (or link) that opened this video once the panel closes.
  useReturnFocus(panel, focusFallback, videoId);
  useEffect(() => heading.current?.focus(), [videoId]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
  };
  const handle = detail.kind === 'ready' ? detail.entry.handle : null;
  return (
    <aside ref={panel} className="ss-detail" aria-labelledby="ss-detail-title" onKeyDown={onKeyDown}>
      <header className="ss-detail__header">
        <h2 id="ss-detail-title" ref={heading} tabIndex={-1} className="ss-detail__title">
          {handle ? `@${handle}` : 'Video'}
          <span className="ss-muted ss-detail__id"> · {videoId}</span>
        </h2>
        <button type="button" className="ss-icon-btn" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="ss-detail__body">
        {detail.kind === 'loading' && (
          <p className="ss-muted" role="status">
            Loading…
          </p>
        )}
        {detail.kind === 'missing' && <p>This video is not on the shortlist (it may have been deleted).</p>}
        {detail.kind === 'bad' && (
          <p className="ss-error" role="alert">
            This record could not be read: {detail.reason}
          </p>
        )}
        {detail.kind === 'ready' && (
          <ReadyDetail detail={detail} actions={actions} onError={onError} authorization={authorization} />
        )}
      </div>
    </aside>
  );
}

function ReadyDetail({
  detail,
  actions,
  onError,
  authorization,
}: {
  detail: Extract<DetailData, { kind: 'ready' }>;
  actions: DetailPanelProps['actions'];
  onError: (m: string) => void;
  authorization?: DetailPanelProps['authorization'];
}) {
  const { entry, video, score, snapshots, insights } = detail;
  const url = video?.url ?? `https://www.tiktok.com/@${entry.handle}/video/${entry.videoId}`;
  return (
    <>
      <p className="ss-detail__links">
        <a href={url} target="_blank" rel="noreferrer noopener">
          Open video on TikTok
        </a>
        <a href={profileUrl(entry.handle)} target="_blank" rel="noreferrer noopener">
          Creator profile
        </a>
        <span className="ss-muted">Shortlisted {formatDate(entry.shortlistedAt)}</span>
      </p>
      {score ? (
        <ScoreSummary result={score} />
      ) : (
        <p className="ss-notice" role="note">
          Not scored for {OBJECTIVE_LABEL[entry.objective]} yet. “Rescore all” scores it.
        </p>
      )}
      <DetailEdit key={entry.videoId} entry={entry} actions={actions} onError={onError} />
      {authorization?.(entry.videoId)}
      {video === null ? (
        <p className="ss-notice" role="note">
          The full record of this video is missing or unreadable; open it on TikTok with Spark Scout to read it again.
        </p>
      ) : (
        <>
          <Section title="Caption">
            <p className="ss-detail__caption">{video.caption || <span className="ss-muted">No caption</span>}</p>
            {video.postedAt !== null && <p className="ss-muted">Posted {formatDate(video.postedAt)}</p>}
          </Section>
          <HookSection video={video} />
        </>
      )}
      {score && <FactorList factors={score.factors} missing={score.missing} />}
      {score && <PolicySection eligibility={score.eligibility} flags={score.policyFlags} />}
      <Section title="Stats history">
        <StatsChart snapshots={snapshots} />
      </Section>
      {video && (
        <StatsSection
          stats={video.stats}
          // From the stats shown beside it: the score's rate dates from its scoring, and the card may have saved a
          // fresher reading since (the table shows the fresh one too).
          engagementRatePct={engagementFromCounts(video.stats)}
        />
      )}
      {video && insights && <CommentInsightsSection insights={insights} total={video.commentsTotal} />}
    </>
  );
}
