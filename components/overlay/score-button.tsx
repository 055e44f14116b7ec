import type { CSSProperties, Ref } from 'react';
import type { AnchorRect } from '@/lib/state/anchor-slice';
import { buttonStyle } from './position';

export interface ScoreButtonProps {
  /** Viewport rect of the video this button scores; the button places itself at its top centre, one layer above. */
  anchor?: AnchorRect;
  /** Explicit position (wins over `anchor`), for places the wiring knows better. */
  style?: CSSProperties;
  expanded: boolean;
  /** Id of the card it opens. */
  controls?: string;
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** The small translucent pill TikTok uses for on-video controls; white on dark whatever the page theme. */
export function ScoreButton({ anchor, style, expanded, controls, onClick, ref }: ScoreButtonProps) {
  const position = anchor ? buttonStyle(anchor) : null;
  const layer = anchor?.layer ? { zIndex: anchor.layer + 1 } : null;
  if (anchor && !position && !style) return null;
  return (
    <button
      ref={ref}
      type="button"
      className={`ss-score-btn${expanded ? ' ss-score-btn--open' : ''}`}
      style={{ ...position, ...layer, ...style }}
      aria-label="Score this video"
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      onClick={onClick}
    >
      <svg className="ss-score-btn__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 0l1.9 5.1L15 7l-5.1 1.9L8 14l-1.9-5.1L1 7l5.1-1.9z" fill="currentColor" />
      </svg>
      <span>Score</span>
    </button>
  );
}
