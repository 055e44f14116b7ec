import { createStore } from 'zustand/vanilla';
import { type AnchorSlice, createAnchorSlice } from './anchor-slice';
import { type CardSlice, createCardSlice } from './card-slice';
import { type ViewSlice, createViewSlice } from './view-slice';

/**
 * The overlay's UI state: which buttons exist, which card is open, theme, placement and objective.
 * Records (shortlist, snapshots) live in Dexie behind the background; this never copies them.
 * A vanilla store so the non-React wiring (SPA navigation, the shortcut) can drive it directly.
 */
export type OverlayState = CardSlice & AnchorSlice & ViewSlice;

export function createOverlayStore(initial: Partial<Pick<OverlayState, 'objective' | 'theme' | 'placement'>> = {}) {
  return createStore<OverlayState>()((...a) => ({
    ...createCardSlice(...a),
    ...createAnchorSlice(...a),
    ...createViewSlice(...a),
    ...initial,
  }));
}

export type OverlayStore = ReturnType<typeof createOverlayStore>;
