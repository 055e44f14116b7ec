import type { StateCreator } from 'zustand/vanilla';
import type { OverlayState } from './overlay-store';
import type { Rect } from './ui-types';

/** A button's place: its video's viewport rect and the page layer (z-index) it is drawn in (0 or absent: the page). */
export interface AnchorRect extends Rect {
  layer?: number;
}

/**
 * Where each "Score this video" button goes: one per video the wiring found (feed article, video page,
 * browse modal), keyed like the card. Rects are viewport coordinates the wiring re-measures on scroll.
 */
export interface AnchorSlice {
  anchors: Record<string, AnchorRect>;
  setAnchor: (key: string, rect: AnchorRect) => void;
  removeAnchor: (key: string) => void;
  /** Drops every anchor not in `keys` (feed virtualisation removes articles; nothing may pile up). */
  retainAnchors: (keys: Iterable<string>) => void;
}

/** Same position and size. */
export const sameRect = (a: Rect, b: Rect) =>
  a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;

export const createAnchorSlice: StateCreator<OverlayState, [], [], AnchorSlice> = (set, get) => ({
  anchors: {},
  setAnchor: (key, rect) => {
    // Scroll handlers call this often; an unchanged rect must not re-render the overlay.
    const was = get().anchors[key];
    if (was && sameRect(was, rect) && was.layer === rect.layer) return;
    set({ anchors: { ...get().anchors, [key]: { ...rect } } });
  },
  removeAnchor: (key) => get().retainAnchors(Object.keys(get().anchors).filter((k) => k !== key)),
  retainAnchors: (keys) => {
    const keep = new Set(keys);
    const { anchors, openKey } = get();
    const next = Object.fromEntries(Object.entries(anchors).filter(([k]) => keep.has(k)));
    if (Object.keys(next).length === Object.keys(anchors).length) return;
    // A card whose video left the page closes with it rather than showing another video's numbers.
    set({ anchors: next, openKey: openKey !== null && !(openKey in next) && openKey in anchors ? null : openKey });
  },
});
