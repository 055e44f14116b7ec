import type { CSSProperties } from 'react';
import type { CardPlacement, Rect } from '@/lib/state/ui-types';

/**
 * Bottom of TikTok's fixed top bar (60 px on desktop, 2024–2026 layouts) plus a gap: nothing of ours goes above it.
 * Approximate on purpose; the wiring can always pass an explicit style.
 */
export const HEADER_BOTTOM = 68;
const GAP = 12;
const CARD_WIDTH = 360;
const MIN_CARD_WIDTH = 300;
const BUTTON_HEIGHT = 32;

/**
 * The button sits at the top centre of the video: the right edge has the like/comment/share column, the bottom the
 * progress bar and captions, the top corners TikTok's volume and "more" controls. Null when the video is scrolled
 * so far under the header that the button would float over something else.
 */
export function buttonStyle(anchor: Rect): CSSProperties | null {
  const top = Math.max(anchor.top + GAP, HEADER_BOTTOM);
  if (top + BUTTON_HEIGHT > anchor.top + anchor.height - GAP) return null;
  return { top, left: anchor.left + anchor.width / 2, transform: 'translateX(-50%)' };
}

/** Fixed position of the card; a left-of sheet with no room to the left of the video falls back to top-right. */
export function cardStyle(placement: CardPlacement): CSSProperties | undefined {
  if (placement.kind === 'inline') return undefined;
  if (placement.kind === 'left-of') {
    const { rect } = placement;
    const room = rect.left - 2 * GAP;
    if (room >= MIN_CARD_WIDTH) {
      const width = Math.min(CARD_WIDTH, room);
      const top = Math.max(HEADER_BOTTOM, rect.top);
      return { top, left: rect.left - GAP - width, width, maxHeight: maxHeightBelow(top) };
    }
  }
  return { top: HEADER_BOTTOM, right: 16, maxHeight: maxHeightBelow(HEADER_BOTTOM) };
}

const maxHeightBelow = (top: number) => `min(80vh, calc(100vh - ${top + 16}px))`;
