import type { StateCreator } from 'zustand/vanilla';
import type { OverlayState } from './overlay-store';

/** Which video's card is open. One card at a time: opening another closes the first. */
export interface CardSlice {
  /** The key of the button whose card is open (the wiring's choice of key: usually the video id). */
  openKey: string | null;
  openCard: (key: string) => void;
  closeCard: () => void;
  toggleCard: (key: string) => void;
}

export const createCardSlice: StateCreator<OverlayState, [], [], CardSlice> = (set, get) => ({
  openKey: null,
  openCard: (key) => set({ openKey: key }),
  closeCard: () => set({ openKey: null }),
  toggleCard: (key) => set({ openKey: get().openKey === key ? null : key }),
});
