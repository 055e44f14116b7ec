import { useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Objective } from '@/lib/schemas/score';
import { createOverlayStore, type OverlayStore } from '@/lib/state/overlay-store';
import { ScoreButton } from './score-button';
import { ScoreCard } from './score-card';
import type { CardState, CommentInsights, ShortlistDraft, ShortlistInfo } from './types';

/** What the wiring has for the card of `key` (usually the video id). */
export interface OpenCardContent {
  key: string;
  state: CardState;
  shortlist: ShortlistInfo;
  insights?: CommentInsights;
}

export interface OverlayRootProps {
  /** UI state; the wiring drives it (anchors on scroll, openCard from the shortcut). */
  store?: OverlayStore;
  /** Content for the open card; while it is missing or for another key, the card shows loading. */
  card?: OpenCardContent | null;
  /** A button was pressed: read and score the video of `key`. (The shortcut path calls openCard itself.) */
  onScore?: (key: string) => void;
  onObjectiveChange?: (objective: Objective) => void;
  onShortlist?: (key: string, draft: ShortlistDraft) => Promise<void> | void;
  onRetry?: (key: string) => void;
}

const NOT_SHORTLISTED: ShortlistInfo = { shortlisted: false, creatorShortlistedCount: 0 };
const noop = () => {};

/** The overlay inside the shadow root: one button per anchored video and at most one score card. */
export function OverlayRoot({ card = null, onScore = noop, onObjectiveChange = noop, ...p }: OverlayRootProps) {
  const [ownStore] = useState(createOverlayStore);
  const store = p.store ?? ownStore;
  const { anchors, openKey, objective, theme, placement } = useStore(store);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const cardId = useId();
  const content = card !== null && card.key === openKey ? card : null;

  const press = (key: string) => {
    const { openKey: current, openCard, closeCard } = store.getState();
    if (current === key) return closeCard();
    openCard(key);
    onScore(key);
  };

  return (
    <div className="ss-overlay" data-testid="spark-scout-overlay" aria-label="Spark Scout" role="region">
      {Object.entries(anchors).map(([key, rect]) => (
        <ScoreButton
          key={key}
          anchor={rect}
          expanded={openKey === key}
          controls={cardId}
          onClick={() => press(key)}
          ref={(el) => {
            if (el) buttons.current.set(key, el);
            else buttons.current.delete(key);
          }}
        />
      ))}
      {openKey !== null && (
        <ScoreCard
          key={openKey}
          id={cardId}
          state={content?.state ?? { kind: 'loading' }}
          objective={objective}
          onObjectiveChange={(o) => {
            store.getState().setObjective(o);
            onObjectiveChange(o);
          }}
          shortlist={content?.shortlist ?? NOT_SHORTLISTED}
          insights={content?.insights}
          onShortlist={(draft) => {
            // Without a handler nothing is saved: fail visibly rather than show "Shortlisted".
            if (!p.onShortlist) throw new Error('the shortlist is not connected');
            return p.onShortlist(openKey, draft);
          }}
          onRetry={() => p.onRetry?.(openKey)}
          onClose={() => store.getState().closeCard()}
          theme={theme}
          placement={placement}
          returnFocus={() => buttons.current.get(openKey)}
        />
      )}
    </div>
  );
}
