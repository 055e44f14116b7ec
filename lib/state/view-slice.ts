import type { StateCreator } from 'zustand/vanilla';
import type { Objective } from '@/lib/schemas/score';
import type { OverlayState } from './overlay-store';
import type { CardPlacement, Theme } from './ui-types';

/** How the overlay looks and which objective the card scores for (seeded from settings by the wiring). */
export interface ViewSlice {
  objective: Objective;
  theme: Theme;
  placement: CardPlacement;
  setObjective: (objective: Objective) => void;
  setTheme: (theme: Theme) => void;
  setPlacement: (placement: CardPlacement) => void;
}

export const createViewSlice: StateCreator<OverlayState, [], [], ViewSlice> = (set) => ({
  objective: 'consideration',
  theme: 'light',
  placement: { kind: 'top-right' },
  setObjective: (objective) => set({ objective }),
  setTheme: (theme) => set({ theme }),
  setPlacement: (placement) => set({ placement }),
});
