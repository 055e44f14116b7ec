import type { StateCreator } from 'zustand/vanilla';
import type { DashboardState } from './dashboard-store';

export const DASHBOARD_TABS = ['videos', 'creators', 'ledger'] as const;
export type DashboardTab = (typeof DASHBOARD_TABS)[number];

/** Which tab shows and which video's detail panel is open (mirrored in the URL hash by the wiring). */
export interface ViewSlice {
  tab: DashboardTab;
  detailId: string | null;
  setTab: (tab: DashboardTab) => void;
  openDetail: (videoId: string) => void;
  closeDetail: () => void;
  /** From the creator view: show that creator's videos. */
  showCreator: (handle: string) => void;
}

export const createViewSlice: StateCreator<DashboardState, [], [], ViewSlice> = (set, get) => ({
  tab: 'videos',
  detailId: null,
  setTab: (tab) => set({ tab }),
  openDetail: (videoId) => set({ detailId: videoId, tab: get().tab === 'ledger' ? 'ledger' : 'videos' }),
  closeDetail: () => set({ detailId: null }),
  // All of the creator's videos: the other filters and the search are cleared, or "5 videos" could show one or none.
  showCreator: (handle) => {
    get().clearFilters();
    get().setFilter('creator', handle);
    set({ tab: 'videos' });
  },
});
