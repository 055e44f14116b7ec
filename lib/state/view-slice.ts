import type { StateCreator } from 'zustand/vanilla';
import type { Objective } from '@/lib/schemas/score';
import type { OverlayState } from './overlay-store';
import type { CardPlacement, Theme } from './ui-types';

/** How the overlay looks and which objective the card scores for (seeded from settings by the wiring). */
export interface ViewSlice {
  objective: Objective;
  /** The user chose the objective on the card: settings no longer seed it in this tab. */
  objectivePicked: boolean;
  theme: Theme;
  placement: CardPlacement;
  /** The user's choice on the card. */
  setObjective: (objective: Objective) => void;
  /** The settings' objective, taken unless the user has chosen on the card in this tab. */
  seedObjective: (objective: Objective) => void;
  setTheme: (theme: Theme) => void;
  setPlacement: (placement: CardPlacement) => void;
}

export const createViewSlice: StateCreator<OverlayState, [], [], ViewSlice> = (set) => ({
  objective: 'consideration',
  objectivePicked: false,
  theme: 'light',
  placement: { kind: 'top-right' },
  setObjective: (objective) => set({ objective, objectivePicked: true }),
  seedObjective: (objective) => set((s) => (s.objectivePicked || s.objective === objective ? s : { objective })),
  setTheme: (theme) => set({ theme }),
  setPlacement: (placement) => set({ placement }),
});
