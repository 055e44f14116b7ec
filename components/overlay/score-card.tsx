import { type KeyboardEvent, useRef } from 'react';
import type { Objective } from '@/lib/schemas/score';
import type { CardPlacement, Theme } from '@/lib/state/ui-types';
import { CardBody } from './card-body';
import { ErrorNotice, LoadingNotice } from './card-notices';
import { cardStyle } from './position';
import { ShortlistPanel } from './shortlist-panel';
import type { CardState, CommentInsights, ShortlistDraft, ShortlistInfo } from './types';
import { useFocusTrap } from './use-focus-trap';

export interface ScoreCardProps {
  state: CardState;
  objective: Objective;
  /** The parent rescores; the card shows whatever result comes back. */
  onObjectiveChange: (o: Objective) => void;
  shortlist: ShortlistInfo;
  onShortlist: (draft: ShortlistDraft) => Promise<void> | void;
  onRetry: () => void;
  onClose: () => void;
  insights?: CommentInsights;
  theme?: Theme;
  placement?: CardPlacement;
  id?: string;
  /** Where focus goes on close (the opening button); defaults to what had focus before. */
  returnFocus?: () => HTMLElement | null | undefined;
}

/** Keys typed in the card must not reach TikTok's page shortcuts (arrows switch videos, Escape closes the modal). */
const keepKeysInside = (e: KeyboardEvent) => e.stopPropagation();

export function ScoreCard(p: ScoreCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useFocusTrap(ref, p.onClose, p.returnFocus);
  const placement = p.placement ?? { kind: 'top-right' };
  return (
    <div
      ref={ref}
      id={p.id}
      role="dialog"
      aria-modal="true"
      aria-label="Spark Scout score card"
      aria-busy={p.state.kind === 'loading'}
      tabIndex={-1}
      className={`ss-card ss-theme-${p.theme ?? 'light'}${placement.kind === 'inline' ? ' ss-card--inline' : ''}`}
      style={cardStyle(placement, window.innerWidth)}
      onKeyDown={(e) => {
        onKeyDown(e);
        keepKeysInside(e);
      }}
      onKeyUp={keepKeysInside}
    >
      <header className="ss-card__header">
        <h2 className="ss-card__title">
          <span className="ss-card__logo" aria-hidden="true">
            ✦
          </span>
          Spark Scout
        </h2>
        <button type="button" className="ss-icon-btn" aria-label="Close score card" onClick={p.onClose}>
          ×
        </button>
      </header>
      {/* A tab stop of its own: keyboard users scroll the long breakdown with arrows, Page Down, Space and End. */}
      <div className="ss-card__body" tabIndex={0} role="region" aria-label="Score details">
        {p.state.kind === 'loading' && <LoadingNotice />}
        {p.state.kind === 'error' && (
          <ErrorNotice
            reason={p.state.reason}
            onRetry={() => {
              ref.current?.focus(); // Retry disappears with the error; keep focus in the card
              p.onRetry();
            }}
          />
        )}
        {p.state.kind === 'ready' && (
          <CardBody
            video={p.state.video}
            result={p.state.result}
            partial={p.state.partial}
            objective={p.objective}
            onObjectiveChange={p.onObjectiveChange}
            creatorShortlistedCount={p.shortlist.creatorShortlistedCount}
            insights={p.insights}
          />
        )}
      </div>
      {p.state.kind === 'ready' && (
        <footer className="ss-card__footer">
          <ShortlistPanel
            key={p.state.video.id}
            videoId={p.state.video.id}
            shortlisted={p.shortlist.shortlisted}
            band={p.state.result.band}
            onShortlist={p.onShortlist}
          />
        </footer>
      )}
    </div>
  );
}
