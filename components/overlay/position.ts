import type { CSSProperties } from 'react';
import type { CardPlacement, Rect } from '@/lib/state/ui-types';

/**
 * Bottom of TikTok's fixed top bar (60 px on desktop, 2024–2026 layouts) plus a gap: nothing of ours goes above it.
 * Approximate on purpose; the wiring can always pass an explicit style.
 */
export const HEADER_BOTTOM = 68;
const GAP = 12;
const CARD_WIDTH = 360;
const MIN_CARD_WIDTH = 320; // narrower and the objective labels no longer fit at 14 px
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

type Side = 'left' | 'right';

/** The card's left edge and width beside `rect` on `side`, or null when there is less than a readable width. */
function beside(rect: Rect, side: Side, viewportWidth: number): { left: number; width: number } | null {
  const room = side === 'left' ? rect.left - 2 * GAP : viewportWidth - (rect.left + rect.width) - 2 * GAP;
  if (room < MIN_CARD_WIDTH) return null;
  const width = Math.min(CARD_WIDTH, room);
  return { left: side === 'left' ? rect.left - GAP - width : rect.left + rect.width + GAP, width };
}

/** TikTok's controls inside the player: volume and "more" in the top corners, the progress bar at the bottom. */
const TOP_CONTROLS = 48;
const BOTTOM_CONTROLS = 64;
/** A card shorter than this over the video is worse than the top-right corner. */
const MIN_CARD_HEIGHT = 280;

/**
 * A window too narrow for the card beside the video (half a laptop screen): over the video, at the viewport edge away
 * from its like/comment column, below its top corner controls and above its progress bar. Null when the card would
 * still reach the column or be too short.
 */
function overVideo(keep: Rect, video: Rect, viewportWidth: number): CSSProperties | null {
  const videoRight = video.left + video.width;
  const actionsRight = keep.left + keep.width - videoRight >= video.left - keep.left; // unknown: TikTok's are right
  const width = Math.min(CARD_WIDTH, viewportWidth - 2 * 16);
  const left = actionsRight ? 16 : viewportWidth - 16 - width;
  if (width < MIN_CARD_WIDTH || (actionsRight ? left + width > videoRight : left < video.left)) return null;
  const top = Math.max(HEADER_BOTTOM, video.top + TOP_CONTROLS);
  const height = video.top + video.height - BOTTOM_CONTROLS - top;
  return height < MIN_CARD_HEIGHT ? null : { top, left, width, maxHeight: `min(80vh, ${height}px)` };
}

/**
 * Fixed position of the card. Beside the kept-clear area on the preferred side, else the other side, else over the
 * video clear of its controls and its like/comment column, else top-right.
 */
export function cardStyle(placement: CardPlacement, viewportWidth: number): CSSProperties | undefined {
  if (placement.kind === 'inline') return undefined;
  if (placement.kind !== 'top-right') {
    const { rect } = placement;
    const first: Side = placement.kind === 'left-of' ? 'left' : 'right';
    const spot = beside(rect, first, viewportWidth) ?? beside(rect, first === 'left' ? 'right' : 'left', viewportWidth);
    if (spot) {
      const top = Math.max(HEADER_BOTTOM, rect.top);
      return { top, left: spot.left, width: spot.width, maxHeight: maxHeightBelow(top) };
    }
    const over = placement.video ? overVideo(rect, placement.video, viewportWidth) : null;
    if (over) return over;
  }
  return { top: HEADER_BOTTOM, right: 16, maxHeight: maxHeightBelow(HEADER_BOTTOM) };
}

const maxHeightBelow = (top: number) => `min(80vh, calc(100vh - ${top + 16}px))`;
